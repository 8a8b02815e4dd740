using System.Globalization;
using KitchenKatas.Grader.Stress;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// Turns a kata's stress settings into run options, with environment overrides so CI can lengthen the
/// budget and a student can shorten it.
/// </summary>
public static class StressBudget
{
    /// <summary>Budget of one race check in milliseconds; replaces the kata's value.</summary>
    public const string BudgetVariable = "KITCHEN_STRESS_BUDGET_MS";

    /// <summary>Multiplies whatever budget is in force (e.g. 0.5 or 4).</summary>
    public const string ScaleVariable = "KITCHEN_STRESS_SCALE";

    /// <summary>Replaces the kata's seed.</summary>
    public const string SeedVariable = "KITCHEN_STRESS_SEED";

    /// <summary>The options a race check runs with.</summary>
    public static StressOptions Resolve(StressSettings settings, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        environment ??= Environment.GetEnvironmentVariable;
        var budgetMs = (double)settings.BudgetMs;
        if (Parse(environment(BudgetVariable)) is { } overridden)
        {
            budgetMs = overridden;
        }

        if (Parse(environment(ScaleVariable)) is { } scale)
        {
            budgetMs *= scale;
        }

        var seed = int.TryParse(environment(SeedVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : settings.Seed;
        return new StressOptions
        {
            Budget = TimeSpan.FromMilliseconds(Math.Clamp(budgetMs, 1, 3_600_000)),
            Seed = seed,
            MinTrials = settings.MinTrials,
            AfterCompleteExploration = settings.AfterCompleteExploration is > 0 and < 1 ? settings.AfterCompleteExploration : 1,
        };
    }

    private static double? Parse(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
}
