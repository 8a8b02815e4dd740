using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Stress;

namespace KitchenKatas.Explorer.Tests;

/// <summary>
/// Once the explorer has run every schedule within its bound and found nothing, a kata may let stress run a share of its
/// time and trials; anything less than a complete exploration keeps the whole budget. Kata 1's reference cart is explored
/// completely within the kata's own schedule budget, which is what makes its solved checks short.
/// </summary>
[TestFixture]
public sealed class StressAfterCompleteExplorationTests
{
    private static readonly string[] EveryRaceScenario = [.. RacyCartKitchens.RaceScenarios, "CountingWhileAdding", "CountingWhileRemoving"];

    private static readonly KataManifest Kata = KataManifest.Load(Path.Combine(RepoPaths.RacyCartKata, "kata.json"));

    private static readonly StressOptions Quarter = new() { Budget = TimeSpan.FromMilliseconds(400), MinTrials = 400, AfterCompleteExploration = 0.25 };

    [TestCaseSource(nameof(EveryRaceScenario))]
    public void The_reference_cart_is_explored_completely_within_kata_ones_schedule_budget(string scenario)
    {
        // A schedule budget, never a time budget: the count is the same on every machine.
        var options = new ExplorerOptions { MaxSchedules = Kata.Explorer.MaxSchedules ?? new ExplorerOptions().MaxSchedules };
        var result = RacyCartKitchens.Explore(RepoPaths.RacyCartSolution, scenario, options);
        Assert.That(result.CoveredEverySchedule, Is.True, $"{scenario}: {result.Coverage}");
    }

    [Test]
    public void Kata_one_keeps_a_quarter_of_its_stress_after_a_complete_exploration() =>
        Assert.That(StressBudget.Resolve(Kata.Stress, _ => null).AfterCompleteExploration, Is.EqualTo(0.25));

    [Test]
    public void After_a_complete_exploration_stress_runs_the_share_and_the_noise_phase_asks_for_no_minimum()
    {
        var result = Check("SameItemAdds", Quarter, new ExplorerOptions { MaxSchedules = 800 });
        Assert.Multiple(() =>
        {
            Assert.That(result.Exploration!.CoveredEverySchedule, Is.True, result.Exploration.Coverage);
            Assert.That(result.Phases.Select(p => p.Options.Budget), Is.EqualTo(new[] { TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50) }));
            Assert.That(result.Phases.Select(p => p.Options.MinTrials), Is.EqualTo(new long[] { 100, 0 }));
            Assert.That(result.Notes[0], Does.Contain("every schedule there is").And.Contain("25 %"));
        });
    }

    [Test]
    public void An_exploration_cut_short_by_its_budget_keeps_the_whole_stress()
    {
        var result = Check("DifferentItemAdds", Quarter, new ExplorerOptions { MaxSchedules = 5 });
        AssertWholeStressAfter(result, coveredEverySchedule: false);
    }

    [Test]
    public void A_kata_that_sets_no_share_keeps_the_whole_stress_after_a_complete_exploration()
    {
        var result = Check("SameItemAdds", Quarter with { AfterCompleteExploration = 1 }, new ExplorerOptions { MaxSchedules = 800 });
        AssertWholeStressAfter(result, coveredEverySchedule: true);
    }

    [Test]
    public void The_share_may_stretch_as_far_as_the_whole_budget_could_on_a_busy_machine()
    {
        var cut = RaceCheck.AfterCompleteExploration(Quarter);
        Assert.That(cut.Budget * cut.MaxBudgetFactor, Is.EqualTo(Quarter.Budget * Quarter.MaxBudgetFactor));
    }

    // The whole of Quarter's stress: half its budget and all its minimum of trials in each phase.
    private static void AssertWholeStressAfter(RaceCheckResult result, bool coveredEverySchedule) =>
        Assert.Multiple(() =>
        {
            Assert.That(result.Exploration!.CoveredEverySchedule, Is.EqualTo(coveredEverySchedule), result.Exploration.Coverage);
            Assert.That(result.Phases.Select(p => p.Options.Budget), Is.EqualTo(new[] { TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(200) }));
            Assert.That(result.Phases.Select(p => p.Options.MinTrials), Is.EqualTo(new long[] { 400, 400 }));
        });

    private static RaceCheckResult Check(string scenario, StressOptions stress, ExplorerOptions explorer)
    {
        using var catalog = ScenarioCatalog.Load(RepoPaths.RacyCartKata, RepoPaths.RacyCartSolution);
        return RaceCheck.Run(catalog.Scenarios[scenario], catalog.LearnerFiles, stress, explorer, catalog.Rebuilds);
    }
}
