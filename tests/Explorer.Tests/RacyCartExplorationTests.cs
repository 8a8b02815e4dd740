using KitchenKatas.Grader.Exploration;

namespace KitchenKatas.Explorer.Tests;

/// <summary>Kata 1 under the explorer: the starter and every wrong fix fail with an interleaving, every correct cart passes.</summary>
[TestFixture]
public sealed class RacyCartExplorationTests
{
    private static readonly string[] CorrectVariants =
        ["single-lock", "lock-enter-scope", "reader-writer-lock-slim", "immutable-snapshot-cas", "method-impl-synchronized", "spin-lock"];

    private static IEnumerable<TestCaseData> StarterScenarios() =>
        RacyCartKitchens.RaceScenarios.Select(s => new TestCaseData(s).SetArgDisplayNames(s));

    private static IEnumerable<TestCaseData> CorrectCarts() =>
        CorrectVariants.Select(v => (Name: v, Dir: RepoPaths.CorrectVariant(v)))
            .Prepend((Name: "reference-solution", Dir: RepoPaths.RacyCartSolution))
            .SelectMany(c => RacyCartKitchens.RaceScenarios.Select(s => new TestCaseData(c.Dir, s).SetArgDisplayNames(c.Name, s)));

    private static IEnumerable<TestCaseData> WrongFixes()
    {
        (string Fix, string[] Scenarios)[] fixes =
        [
            ("lock-only-in-add", ["RacingRemoves", "InspectionWhileAdding"]),
            ("interlocked-on-two-fields", ["InspectionWhileAdding"]),
            ("lock-per-call", ["SameItemAdds", "DifferentItemAdds", "RacingRemoves", "InspectionWhileAdding"]),
            ("concurrent-dictionary-check-then-act", ["RacingRemoves"]),
        ];
        return fixes.SelectMany(f => f.Scenarios.Select(s => new TestCaseData(RepoPaths.WrongFix(f.Fix), s).SetArgDisplayNames(f.Fix, s)));
    }

    private static IEnumerable<TestCaseData> FailingCarts() =>
        StarterScenarios().Select(c => new TestCaseData(RepoPaths.RacyCartKata, c.Arguments[0]).SetArgDisplayNames("starter", (string)c.Arguments[0]!))
            .Concat(WrongFixes());

    [TestCaseSource(nameof(StarterScenarios))]
    public void The_starter_cart_fails_every_race_scenario_with_a_one_switch_interleaving(string scenario)
    {
        var result = RacyCartKitchens.Explore(RepoPaths.RacyCartKata, scenario);
        TestContext.Out.WriteLine(result.Interleaving);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.FailureFound));
            Assert.That(result.Interleaving?.ContextSwitches, Is.EqualTo(1));
            Assert.That(result.Interleaving?.Rows.Where(r => r.Location.Length > 0).Select(r => r.Location), Has.All.StartsWith("Cart.cs:"),
                "every step names a line of the learner's Cart.cs");
        });
    }

    [TestCaseSource(nameof(CorrectCarts))]
    public void A_correct_cart_passes_every_explored_schedule(string sourceDir, string scenario)
    {
        var result = RacyCartKitchens.Explore(sourceDir, scenario);
        TestContext.Out.WriteLine(result.Coverage);
        TestContext.Out.WriteLine(result.Interleaving);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.NoFailureFound), result.Note);
            Assert.That(result.CompleteUpTo, Is.GreaterThanOrEqualTo(0), "at least every schedule without a context switch ran");
        });
    }

    [TestCaseSource(nameof(WrongFixes))]
    public void Each_wrong_fix_is_caught_with_its_own_interleaving(string sourceDir, string scenario)
    {
        var result = RacyCartKitchens.Explore(sourceDir, scenario);
        TestContext.Out.WriteLine(result.Interleaving);
        Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.FailureFound), result.Note);
    }

    [TestCaseSource(nameof(FailingCarts))]
    public void Replaying_the_token_reproduces_the_identical_table_every_time(string sourceDir, string scenario)
    {
        var found = RacyCartKitchens.Explore(sourceDir, scenario).Interleaving!;
        var replay = RacyCartKitchens.OptionsFor(scenario) with { Replay = found.ReplayToken };
        var again = Enumerable.Range(0, 3).Select(_ => RacyCartKitchens.Explore(sourceDir, scenario, replay).Interleaving?.ToString()).ToArray();
        Assert.That(again, Has.All.EqualTo(found.ToString()));
    }

    [Test]
    public void Exploring_twice_finds_the_same_schedule()
    {
        var first = RacyCartKitchens.Explore(RepoPaths.RacyCartKata, "InspectionWhileRemoving").Interleaving!;
        var second = RacyCartKitchens.Explore(RepoPaths.RacyCartKata, "InspectionWhileRemoving").Interleaving!;
        Assert.That(second.ReplayToken, Is.EqualTo(first.ReplayToken));
    }

    [Test]
    public void A_token_for_another_scenario_is_ignored()
    {
        var result = RacyCartKitchens.Explore(RepoPaths.RacyCartKata, "SameItemAdds", RacyCartKitchens.Options with { Replay = "RacingRemoves:2-1" });
        Assert.That(result.Note, Is.Null, "SameItemAdds was explored, not replayed");
    }
}
