using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;

namespace KitchenKatas.Grader.Tests;

/// <summary>How the self-check judges a run of the checks against the starter and the reference solution.</summary>
[TestFixture]
public sealed class RunFactsTests
{
    private static readonly KataInfo Kata = new("/repo/katas/01-tiny", new KataManifest
    {
        Id = "tiny",
        Title = "Tiny",
        LearnerFiles = ["Counter.cs"],
        Checks =
        [
            new KataCheckInfo("Kitchen.Tiny.Checks.Race", "Two chefs count every tomato", 50),
            new KataCheckInfo("Kitchen.Tiny.Checks.Alone", "One chef counts", 50) { Starter = StarterVerdict.Passes },
        ],
    });

    [Test]
    public void A_starter_that_fails_what_it_must_and_passes_what_it_may_holds() =>
        Assert.That(RunFacts.Starter(Kata, Run(("Race", false), ("Alone", true))).Where(f => !f.Holds), Is.Empty);

    [Test]
    public void A_starter_that_passes_a_check_it_must_fail_breaks_the_self_check_with_a_fix()
    {
        var broken = RunFacts.Starter(Kata, Run(("Race", true), ("Alone", true))).Where(f => !f.Holds).ToArray();
        Assert.That(broken, Has.Length.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(broken[0].Fact, Does.Contain("Starter fails check 1"));
            Assert.That(broken[0].Fix, Does.Contain("cannot catch the starter's bug"));
        });
    }

    [Test]
    public void A_starter_that_fails_a_check_declared_to_pass_breaks_the_self_check() =>
        Assert.That(RunFacts.Starter(Kata, Run(("Race", false), ("Alone", false))).Where(f => !f.Holds).Select(f => f.Fact),
            Is.EqualTo(new[] { "Starter passes check 2: One chef counts" }));

    [Test]
    public void A_test_missing_from_kata_json_breaks_the_self_check() =>
        Assert.That(RunFacts.Starter(Kata, Run(("Race", false), ("Alone", true), ("Extra", false))).Where(f => !f.Holds).Select(f => f.Detail),
            Is.EqualTo(new[] { "not declared with [Check]: Kitchen.Tiny.Checks.Extra" }));

    [Test]
    public void A_check_that_did_not_run_breaks_the_self_check() =>
        Assert.That(RunFacts.Starter(Kata, Run(("Race", false))).Where(f => !f.Holds).Select(f => f.Detail), Is.EqualTo(new[] { "the check did not run" }));

    [Test]
    public void A_reference_solution_failing_one_check_breaks_the_self_check()
    {
        var fact = RunFacts.Solution(Kata, Run(("Race", false), ("Alone", true))).Single();
        Assert.Multiple(() =>
        {
            Assert.That(fact.Holds, Is.False);
            Assert.That(fact.Detail, Does.StartWith("check 1 failed"));
        });
    }

    [Test]
    public void A_run_without_results_breaks_the_self_check() =>
        Assert.That(RunFacts.Solution(Kata, Run()).Single().Holds, Is.False);

    [TestCase(50, 50, StarterVerdict.Fails, true)]
    [TestCase(49, 50, StarterVerdict.Fails, false)]
    [TestCase(0, 0, StarterVerdict.Fails, false)]
    [TestCase(999, 1000, StarterVerdict.Fails, true)]
    [TestCase(998, 1000, StarterVerdict.Fails, false)]
    [TestCase(10, 50, StarterVerdict.MayPass, true)]
    public void A_detection_rate_holds_only_at_99_9_percent_or_more_when_the_starter_must_fail(int caught, int runs, StarterVerdict starter, bool holds)
    {
        var rate = new DetectionRate(1, Kata.Manifest.Checks[0] with { Starter = starter }, runs, caught, TimeSpan.FromSeconds(1));
        Assert.That(rate.ToFact("01-tiny").Holds, Is.EqualTo(holds));
    }

    [Test]
    public void A_detection_rate_reports_the_count_and_the_lower_bound() =>
        Assert.That(new DetectionRate(1, Kata.Manifest.Checks[0], 20, 20, TimeSpan.FromSeconds(2)).ToFact("01-tiny").Detail,
            Does.StartWith("20/20 runs caught it (100.0%); 95 % lower bound 86.089%"));

    private static KataTestRun Run(params (string Name, bool Passed)[] tests) =>
        new(
            tests.Select(t => new TestOutcome($"Kitchen.Tiny.Checks.{t.Name}", t.Passed ? "Passed" : "Failed", t.Passed ? null : "A tomato vanished.", null, null, TimeSpan.FromSeconds(1))).ToArray(),
            new ChildProcessResult(tests.Length == 0 ? 1 : 0, false, "", "", false, TimeSpan.FromSeconds(3)));
}
