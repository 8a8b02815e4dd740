using KitchenKatas.Grader.Exploration;

namespace KitchenKatas.Explorer.Tests;

[TestFixture]
public sealed class ScheduleExplorerTests
{
    [Test]
    public void When_the_bound_cannot_be_covered_PCT_spends_the_rest_of_the_budget_and_the_coverage_says_so()
    {
        var options = new ExplorerOptions { MaxSchedules = 40, PctShare = 0.5 };
        var result = RacyCartKitchens.Explore(RepoPaths.RacyCartSolution, "InspectionWhileAdding", options);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.NoFailureFound));
            Assert.That(result.PctSchedules, Is.EqualTo(20));
            Assert.That(result.SchedulesExplored, Is.EqualTo(40));
            Assert.That(result.Coverage, Does.Contain("of at least").And.Contain("plus 20 PCT schedule(s)"));
        });
    }

    [Test]
    public void A_small_scenario_is_covered_completely_and_the_coverage_says_explored_N_of_N()
    {
        var result = RacyCartKitchens.Explore(RepoPaths.RacyCartSolution, "RacingRemoves");
        Assert.Multiple(() =>
        {
            Assert.That(result.CompleteUpTo, Is.EqualTo(result.Bound));
            Assert.That(result.Unexplored, Is.Zero);
            Assert.That(result.Coverage, Is.EqualTo($"explored {result.SchedulesExplored} of {result.SchedulesExplored} schedules with up to 2 context switch(es)"));
        });
    }

    [Test]
    public void A_replay_token_reads_back_as_it_was_written()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ReplayToken.TryParse("SameItemAdds:2-1,9-0", out var token), Is.True);
            Assert.That(token!.Scenario, Is.EqualTo("SameItemAdds"));
            Assert.That(token.Switches, Is.EquivalentTo(new Dictionary<int, int> { [2] = 1, [9] = 0 }));
            Assert.That(token.ToString(), Is.EqualTo("SameItemAdds:2-1,9-0"));
            Assert.That(ReplayToken.TryParse("SameItemAdds:two-one", out _), Is.False);
        });
    }
}
