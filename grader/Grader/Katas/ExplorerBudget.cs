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
    /// <param name="environment">Reads an environment variable; the process's own when null.</param>
    /// <param name="settings">The kata's explorer settings (kata.json); the explorer's defaults when null.</param>
    public static ExplorerOptions? Resolve(Func<string, string?>? environment = null, ExplorerSettings? settings = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (environment(SwitchVariable)?.Trim().ToLowerInvariant() is "off" or "0" or "false")
        {
            return null;
        }

        var scale = double.TryParse(environment(StressBudget.ScaleVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1;
        var defaults = new ExplorerOptions();
        return defaults with
        {
            MaxSchedules = settings?.MaxSchedules is int most and > 0 ? most : defaults.MaxSchedules,
            TimeBudget = TimeSpan.FromMilliseconds(Math.Clamp(PerScenario.TotalMilliseconds * scale, 50, 600_000)),
            Replay = environment(ReplayToken.EnvironmentVariable),
        };
    }
}
