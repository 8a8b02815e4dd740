using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kitchen.CrashIsolation.Checks.Harness;

/// <summary>What the harness saw while the supervisor ran one scenario; printed as one JSON line on standard output.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Returned">True when every call returned or threw before the harness stopped waiting.</param>
/// <param name="Waiting">When a call did not return: which one.</param>
/// <param name="Threw">When a call threw: the exception's type and message.</param>
/// <param name="Results">What the supervisor returned, in its order.</param>
/// <param name="CallSeconds">How long each call took, by tab id (all tabs under "all" for RunAllAsync; "cancel" for the time from cancelling to the end).</param>
/// <param name="Processes">Every process the tabs wrote in their logbook.</param>
/// <param name="Survivors">The processes still alive once the supervisor had returned (and the moment to disappear had passed), with the call after which they were seen.</param>
/// <param name="Unreaped">The tabs that were still the harness's child processes (running, or dead but not waited for) at the very moment a call returned, with that call.</param>
/// <param name="MostAtOnce">Most tabs rendering at the same moment.</param>
/// <param name="MostAtOnceAlone">Most tabs rendering at the same moment during the call made alone (<see cref="HarnessMode.AloneThenTwoCallers"/>); null in other scenarios.</param>
/// <param name="Allowance">The busy-machine allowance (<see cref="Margins.BusyMachineAllowance"/>) by which the supervisor's Timeout was stretched, and which the harness's waits add (twice) to their limits.</param>
/// <param name="AllowanceAfter">The same allowance measured again after the scenario.</param>
/// <param name="Witnessed">How each crashing page ended when the harness opened it itself (scenarios with <see cref="HarnessScenario.WitnessCrashes"/>).</param>
/// <param name="Refusals">What the supervisor did with each bad argument (<see cref="HarnessMode.BadArguments"/>).</param>
public sealed record HarnessReport(
    string Scenario,
    bool Returned,
    string? Waiting,
    string? Threw,
    IReadOnlyList<TabResult> Results,
    IReadOnlyDictionary<string, double> CallSeconds,
    IReadOnlyList<TabLogEntry> Processes,
    IReadOnlyList<Survivor> Survivors,
    IReadOnlyList<Survivor> Unreaped,
    int MostAtOnce,
    int? MostAtOnceAlone,
    TimeSpan Allowance,
    TimeSpan AllowanceAfter,
    IReadOnlyList<TabWitness> Witnessed,
    IReadOnlyList<Refusal> Refusals)
{
    /// <summary>
    /// The allowance the timed checks judge by: the larger of the one measured before the scenario and the one after,
    /// so a build that started on the machine midway through does not turn a slow kill into a failure.
    /// </summary>
    [JsonIgnore]
    public TimeSpan JudgingAllowance => Allowance > AllowanceAfter ? Allowance : AllowanceAfter;

    /// <summary>Starts the report's line, so a supervisor's own prints on standard output do not confuse it.</summary>
    public const string Marker = "KITCHEN-HARNESS-REPORT ";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The report as the harness prints it.</summary>
    public string ToLine() => Marker + JsonSerializer.Serialize(this, Json);

    /// <summary>The last report line in <paramref name="standardOutput"/>, or null.</summary>
    public static HarnessReport? Find(string standardOutput)
    {
        ArgumentNullException.ThrowIfNull(standardOutput);
        var line = standardOutput.Split('\n').LastOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
        return line is null ? null : JsonSerializer.Deserialize<HarnessReport>(line[Marker.Length..], Json);
    }
}

/// <summary>A process that outlived the supervisor's call.</summary>
/// <param name="Process">What the logbook says about it.</param>
/// <param name="After">The call after which it was still alive.</param>
public sealed record Survivor(TabLogEntry Process, string After);
