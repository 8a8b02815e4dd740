using System.Globalization;
using KitchenKatas.Grader.Exploration;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// The explorer's options for a kata's race checks, with environment overrides: a replay token, a switch to turn the
/// explorer off, and the same scale factor the stress budget follows.
/// </summary>
public static class ExplorerBudget
{
    /// <summary>Set to <c>off</c> (or <c>0</c>) to run the race checks with stress alone.</summary>
    public const string SwitchVariable = "KITCHEN_EXPLORE";

    /// <summary>Wall-clock time the explorer may spend on one scenario, before any scale factor.</summary>
    public static readonly TimeSpan PerScenario = TimeSpan.FromSeconds(2);

    /// <summary>The explorer's options, or null when it is switched off.</summary>
    public static ExplorerOptions? Resolve(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (environment(SwitchVariable)?.Trim().ToLowerInvariant() is "off" or "0" or "false")
        {
            return null;
        }

        var scale = double.TryParse(environment(StressBudget.ScaleVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1;
        return new ExplorerOptions
        {
            TimeBudget = TimeSpan.FromMilliseconds(Math.Clamp(PerScenario.TotalMilliseconds * scale, 50, 600_000)),
            Replay = environment(ReplayToken.EnvironmentVariable),
        };
    }
}
