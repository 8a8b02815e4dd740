using NUnit.Framework;
using KitchenKatas.Grader.Testing;

namespace Kitchen.ThreadPool.Checks;

/// <summary>Check 7: PoolSizer.ThreadsFor follows the sizing rule, stays within [1, maxThreads] and refuses nonsense.</summary>
[TestFixture]
[NonParallelizable]
public sealed class SizerChecks
{
    // (cores, W/C, maxThreads, what the rule says before rounding)
    private static readonly (int Cores, double Ratio, int Max, double Rule, string Why)[] Cases =
    [
        (1, 0, 512, 1, "1 core, cooking only: one chef per burner"),
        (8, 0, 512, 8, "8 cores, cooking only: one chef per burner"),
        (64, 0, 512, 64, "64 cores, cooking only"),
        (4, 1, 512, 8, "4 cores, each job waits as long as it cooks: 4 × (1 + 1)"),
        (2, 19, 512, 40, "2 cores, a job waits 19 times as long as it cooks: 2 × (1 + 19)"),
        (8, 0.5, 512, 12, "8 cores, W/C = 0.5: 8 × 1.5"),
        (3, 2.5, 512, 10.5, "3 cores, W/C = 2.5: 3 × 3.5 = 10.5"),
        (64, 99, 512, 512, "64 cores, W/C = 99: 6,400 chefs by the rule, but at most maxThreads = 512"),
        (16, 9, 100, 100, "16 cores, W/C = 9: 160 by the rule, clamped to maxThreads = 100"),
        (4, 1e12, 512, 512, "a huge W/C: the rule's answer does not even fit in an int; clamp it to maxThreads"),
        (4, 3, 1, 1, "maxThreads = 1 wins over the rule"),
    ];

    [Check(7, "PoolSizer follows the sizing rule within its limits", Points = 10)]
    public void ThreadsFor_follows_the_sizing_rule_within_its_limits()
    {
        Assert.Multiple(() =>
        {
            foreach (var (cores, ratio, max, rule, why) in Cases)
            {
                var call = $"PoolSizer.ThreadsFor({cores}, {ratio}, maxThreads: {max})";
                int answer;
                try
                {
                    answer = PoolSizer.ThreadsFor(cores, ratio, max);
                }
                catch (Exception e)
                {
                    Assert.Fail(Hints.Say($"{call} threw {Hints.Thrown(e)}. It should answer: {why}."));
                    continue;
                }

                // Rounding either way is fine, and so is Goetz's "one more than the cores" for cooking-only work.
                var low = Math.Min(max, Math.Floor(rule));
                var high = Math.Min(max, Math.Ceiling(rule) + (ratio == 0 ? 1 : 0));
                Assert.That(answer, Is.InRange(low, high), Hints.Say($"{call} returned {answer}. Expected {Expected(low, high)}: {why}.\n" +
                    "The rule: threads = cores × (1 + W/C), never fewer than 1, never more than maxThreads. Look at PoolSizer.cs."));
            }

            Refuses(() => PoolSizer.ThreadsFor(0, 1), "ThreadsFor(0, 1)", "a machine has at least one core");
            Refuses(() => PoolSizer.ThreadsFor(-4, 1), "ThreadsFor(-4, 1)", "no machine has a negative number of cores");
            Refuses(() => PoolSizer.ThreadsFor(4, -1), "ThreadsFor(4, -1)", "a job cannot wait a negative time");
            Refuses(() => PoolSizer.ThreadsFor(4, double.NaN), "ThreadsFor(4, NaN)", "W/C must be a number");
            Refuses(() => PoolSizer.ThreadsFor(4, 1, maxThreads: 0), "ThreadsFor(4, 1, maxThreads: 0)", "a pool cannot hold zero threads");
        });
    }

    private static void Refuses(Action call, string what, string why) =>
        Assert.That(() => call(), Throws.InstanceOf<ArgumentOutOfRangeException>(),
            Hints.Say($"{what} must throw ArgumentOutOfRangeException, because {why}. Check the arguments first thing in PoolSizer.cs."));

    private static string Expected(double low, double high) => low == high ? $"{low}" : $"{low} to {high}";
}
