using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Stress;

namespace KitchenKatas.RacyCart.Tests;

/// <summary>Runs kata 1's race scenarios in memory against any folder that holds a Cart.cs.</summary>
internal static class CartChecks
{
    /// <summary>The kata's own budget, so these tests shake as hard as a learner's run (and follow KITCHEN_STRESS_* overrides).</summary>
    public static StressOptions Options { get; } =
        StressBudget.Resolve(KataManifest.Load(Path.Combine(RepoPaths.Kata, "kata.json")).Stress);

    /// <summary>Check 4 is two scenarios; every other check is one.</summary>
    public static IReadOnlyList<string> ScenariosOf(int check) => check switch
    {
        1 => ["SameItemAdds"],
        2 => ["DifferentItemAdds"],
        3 => ["RacingRemoves"],
        4 => ["InspectionWhileAdding", "InspectionWhileRemoving"],
        _ => throw new ArgumentOutOfRangeException(nameof(check)),
    };

    /// <summary>Runs check <paramref name="check"/> against the Cart.cs in <paramref name="sourceDir"/>; returns the first failing phase, or null.</summary>
    public static StressResult? FirstFailure(string sourceDir, int check)
    {
        using var catalog = ScenarioCatalog.Load(RepoPaths.Kata, sourceDir);
        foreach (var scenario in ScenariosOf(check))
        {
            if (catalog.Check(scenario, Options).Failure is { } failure)
            {
                return failure;
            }
        }

        return null;
    }

    /// <summary>The meaning of the most frequent forbidden row, or the kind of row when it is an exception or a hang.</summary>
    public static string Reason(StressResult failure)
    {
        var worst = failure.WorstOutcome!;
        return worst.Kind == OutcomeKind.Value ? worst.Meaning : $"{worst.Kind}: {worst.Outcome}";
    }
}
