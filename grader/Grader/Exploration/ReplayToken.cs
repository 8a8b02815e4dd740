using System.Globalization;

namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// One schedule written down: the scenario and the decisions where it did not take the default (keep the running
/// chef). <c>SameItemAdds:3-1</c> means: at decision 3 run chef 1 (0-based), everywhere else the default.
/// Set <c>KITCHEN_REPLAY</c> to a token to rerun exactly that schedule.
/// </summary>
/// <param name="Scenario">The member that declares the scenario, e.g. <c>SameItemAdds</c>.</param>
/// <param name="Switches">Decision index → the chef chosen there.</param>
public sealed record ReplayToken(string Scenario, IReadOnlyDictionary<int, int> Switches)
{
    /// <summary>The environment variable that holds a token to replay.</summary>
    public const string EnvironmentVariable = "KITCHEN_REPLAY";

    /// <summary>The token as text.</summary>
    public override string ToString() =>
        Scenario + ":" + string.Join(",", Switches.OrderBy(s => s.Key).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}-{s.Value}")));

    /// <summary>Reads a token; false when <paramref name="text"/> is not one.</summary>
    public static bool TryParse(string? text, out ReplayToken? token)
    {
        token = null;
        var colon = text?.LastIndexOf(':') ?? -1;
        if (text is null || colon <= 0)
        {
            return false;
        }

        var switches = new Dictionary<int, int>();
        foreach (var part in text[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('-');
            if (pair.Length != 2 || !int.TryParse(pair[0], NumberStyles.None, CultureInfo.InvariantCulture, out var at)
                || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var chef))
            {
                return false;
            }

            switches[at] = chef;
        }

        token = new ReplayToken(text[..colon].Trim(), switches);
        return true;
    }

    internal static ReplayToken Of(string scenario, IReadOnlyList<ScheduleDecision> decisions) =>
        new(scenario, decisions.Select((d, i) => (d, i)).Where(x => x.d.Chosen != x.d.Default).ToDictionary(x => x.i, x => x.d.Chosen));
}
