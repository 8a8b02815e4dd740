using System.Diagnostics;
using NUnit.Framework;
using KitchenKatas.Grader.Testing;

namespace Kitchen.ThreadPool.Checks;

/// <summary>Check 9: for many tiny orders, a pool beats hiring a new chef for every order, by far.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ThreadPerJobChecks
{
    private const int Orders = 10_000;
    private const int Rounds = 3;
    private const double FasterAtLeast = 3;
    private const double LighterAtLeast = 10;

    // A pool this many times past both bars in the first run passes without the other two: the yardstick kitchen
    // takes over a second a run, and a pool that hires a chef per order comes nowhere near (200 runs of the starter:
    // at most 1.3 times as fast, never lighter; docs/measurements.md, "A clear pass ends the sweep").
    private const double ClearMargin = 10;

    // A pool no lighter than a new chef per order in the first run, and not even half as fast as the bar, fails there.
    // Memory counts a stack per chef hired, so a pool that keeps its chefs is thousands of times lighter in every run;
    // only a pool that hires chefs by the thousand can weigh as much (docs/measurements.md, "A clear miss ends check 9").
    private const double ClearMissFaster = FasterAtLeast / 2;
    private const double ClearMissLighter = 1;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Check(9, "The pool beats a new chef for every order", Points = 10)]
    public void The_pool_beats_a_new_chef_for_every_job()
    {
        var crew = Math.Max(2, Environment.ProcessorCount);
        var pool = new List<Sample>();
        var perJob = new List<Sample>();
        for (var round = 0; round < Rounds; round++)
        {
            // Interleaved, so both kitchens meet the same neighbours' noise.
            pool.Add(Measure(jobs => WithPool(crew, jobs)));
            perJob.Add(Measure(ThreadPerJobKitchen.Cook));
            if (pool[^1].Problem is not null)
            {
                break;
            }

            var (faster1, lighter1) = Ratios(pool[^1].Cost, perJob[^1].Cost);
            TestContext.Out.WriteLine($"Run {round + 1}: your pool was {Times(faster1, "as fast", "as slow")} and {Times(lighter1, "as light on memory", "as heavy on memory")}.");
            if (round == 0 && FirstRunSettles(faster1, lighter1) is { } why)
            {
                TestContext.Out.WriteLine(why);
                break;
            }
        }

        var problem = pool.Select(s => s.Problem).FirstOrDefault(p => p is not null);
        var ours = Median(pool);
        var theirs = Median(perJob);
        var (faster, lighter) = Ratios(ours, theirs);
        var figures = $"Your pool:            {ours}\nA new chef per order: {theirs}\n" +
            $"Your pool was {Times(faster, "as fast", "as slow")} and {Times(lighter, "as light on memory", "as heavy on memory")} ({(pool.Count == 1 ? "one run" : $"medians of {pool.Count} runs")}, {KitchenCost.Machine}).";
        Assert.That(problem, Is.Null, Hints.Say($"{Orders:N0} tiny orders went to new WorkerPool({crew}). Happened: {problem}. Check 1 is about that.\n{figures}"));
        TestContext.Out.WriteLine(figures);
        Assert.That(faster >= FasterAtLeast && lighter >= LighterAtLeast, Is.True, Hints.Say(
            $"{Orders:N0} tiny orders, cooked by new WorkerPool({crew}) and by a kitchen that hires a new chef for every order.\n" +
            $"Expected: the pool at least {FasterAtLeast:0} times as fast and {LighterAtLeast:0} times lighter.\n{figures}\n" +
            "Hiring a chef (starting a thread) costs far more than cooking a tiny order: a stack, a start, a goodbye. " +
            "In WorkerPool.cs, hire the chefs once and let them take order after order from the queue."));
    }

    // A first run far past both bars, or no lighter than a new chef per order: why the other runs are not needed, or null.
    private static string? FirstRunSettles(double faster, double lighter) =>
        faster >= ClearMargin * FasterAtLeast && lighter >= ClearMargin * LighterAtLeast
            ? $"That is {ClearMargin:0} times past both bars, so the other runs were not needed."
            : faster < ClearMissFaster && lighter <= ClearMissLighter
            ? "That is no lighter than hiring a chef per order, so the other runs were not needed."
            : null;

    private static void WithPool(int crew, IReadOnlyList<Action> jobs)
    {
        var pool = new WorkerPool(crew);
        foreach (var job in jobs)
        {
            pool.Submit(job);
        }

        pool.Dispose(); // cooks every accepted order, then lets the chefs go
    }

    private static Sample Measure(Action<IReadOnlyList<Action>> kitchen)
    {
        var chefIds = new int[Orders];
        var jobs = Enumerable.Range(0, Orders).Select(i => (Action)(() => chefIds[i] = Environment.CurrentManagedThreadId)).ToArray();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var run = Bounded.Run(() => kitchen(jobs), Limit);
        var time = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var cooked = chefIds.Count(id => id != 0);
        var problem = !run.Succeeded ? $"the kitchen {CrewChecks.Describe(run)}"
            : cooked != Orders ? $"only {cooked:N0} of {Orders:N0} orders were cooked when Dispose returned"
            : null;
        return new Sample(new KitchenCost(time, chefIds.Where(id => id != 0).Distinct().Count(), allocated), problem);
    }

    // How many times faster and lighter the pool was than the kitchen that hires a chef per order.
    private static (double Faster, double Lighter) Ratios(KitchenCost pool, KitchenCost perJob) =>
        (perJob.Time / pool.Time, perJob.MemoryBytes / (double)Math.Max(1, pool.MemoryBytes));

    private static KitchenCost Median(List<Sample> samples)
    {
        var costs = samples.Select(s => s.Cost).ToArray();
        return new KitchenCost(
            costs.Select(c => c.Time).Order().ElementAt(costs.Length / 2),
            costs.Select(c => c.Chefs).Order().ElementAt(costs.Length / 2),
            costs.Select(c => c.AllocatedBytes).Order().ElementAt(costs.Length / 2));
    }

    private sealed record Sample(KitchenCost Cost, string? Problem);

    // "3.2 times as fast", or for a ratio below 1 "2.5 times as slow": never "0.4 times as fast" nor "1 times less".
    private static string Times(double ratio, string more, string less) =>
        ratio >= 1 ? $"{ratio:0.#} times {more}" : $"{1 / Math.Max(ratio, 1e-9):0.#} times {less}";
}
