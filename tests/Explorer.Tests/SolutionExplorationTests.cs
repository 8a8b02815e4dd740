using KitchenKatas.Grader.Exploration;

namespace KitchenKatas.Explorer.Tests;

[TestFixture]
public sealed class SolutionExplorationTests
{
    [TestCaseSource(typeof(RacyCartKitchens), nameof(RacyCartKitchens.RaceScenarios))]
    public void The_reference_solution_passes_every_explored_schedule(string scenario)
    {
        var result = RacyCartKitchens.Explore(RepoPaths.RacyCartSolution, scenario);
        TestContext.Out.WriteLine(result.Coverage);
        TestContext.Out.WriteLine(result.Note);
        TestContext.Out.WriteLine(result.Interleaving?.ToString());
        Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.NoFailureFound));
    }
}
