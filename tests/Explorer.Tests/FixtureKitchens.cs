using System.Reflection;
using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Stress;

namespace KitchenKatas.Explorer.Tests;

/// <summary>A fixture folder holds Kitchen.cs (the "learner" file) and KitchenScenarios.cs; built in memory, then explored.</summary>
internal static class FixtureKitchens
{
    /// <summary>Builds the fixture as a Release build (or a Debug one, when <paramref name="debug"/>), then explores the scenario.</summary>
    public static ExplorationResult Explore(string fixture, string scenario, ExplorerOptions options, bool debug = false)
    {
        var kitchen = Path.Combine(RepoPaths.Fixture(fixture), "Kitchen.cs");
        var scenarios = Path.Combine(RepoPaths.Fixture(fixture), "KitchenScenarios.cs");
        using var build = InMemoryBuild.Compile([kitchen, scenarios], null, null, debug);
        var declared = build.Assembly.GetTypes()
            .Select(t => t.GetProperty(scenario, BindingFlags.Public | BindingFlags.Static))
            .First(p => p is not null)!
            .GetValue(null);
        return ExplorationBuild.Explore((IStressScenario)declared!, [kitchen], options);
    }
}
