using KitchenKatas.Grader.Exploration;

namespace KitchenKatas.Explorer.Tests;

[TestFixture]
public sealed class StarterExplorationTests
{
    [TestCaseSource(typeof(RacyCartKitchens), nameof(RacyCartKitchens.RaceScenarios))]
    public void The_starter_cart_fails_every_race_scenario_with_an_interleaving(string scenario)
    {
        var result = RacyCartKitchens.Explore(RepoPaths.RacyCartKata, scenario);
        TestContext.Out.WriteLine(result.Coverage);
        TestContext.Out.WriteLine(result.Note);
        TestContext.Out.WriteLine(result.Interleaving?.ToString());
        Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.FailureFound));
    }
}
