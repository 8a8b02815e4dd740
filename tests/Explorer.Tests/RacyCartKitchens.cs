using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Explorer.Tests;

/// <summary>Kata 1's scenarios built in memory against one folder of Cart.cs, explored as a kata check explores them.</summary>
internal static class RacyCartKitchens
{
    public static readonly string[] RaceScenarios =
        ["SameItemAdds", "DifferentItemAdds", "RacingRemoves", "InspectionWhileAdding", "InspectionWhileRemoving"];

    /// <summary>Deterministic: a schedule budget, never a time budget. Enough to cover the small scenarios' bound.</summary>
    public static ExplorerOptions Options { get; } = new() { MaxSchedules = 800 };

    /// <summary>The inspections (three chefs, six rounds each) get fewer schedules: the bound cannot be covered anyway.</summary>
    public static ExplorerOptions OptionsFor(string scenario) =>
        scenario.StartsWith("Inspection", StringComparison.Ordinal) ? Options with { MaxSchedules = 150 } : Options;

    public static ExplorationResult Explore(string sourceDir, string scenario, ExplorerOptions? options = null)
    {
        using var catalog = ScenarioCatalog.Load(RepoPaths.RacyCartKata, sourceDir);
        return ExplorationBuild.Explore(catalog.Scenarios[scenario], catalog.LearnerFiles, options ?? OptionsFor(scenario));
    }
}
