namespace Kitchen.CrashIsolation.Checks.Harness;

/// <summary>How the harness calls the supervisor.</summary>
public enum HarnessMode
{
    /// <summary>One <c>RunAllAsync</c> call with every job.</summary>
    RunAll,

    /// <summary>One <c>RunAsync</c> call per job, one after the other, each timed on its own.</summary>
    EachInTurn,

    /// <summary>
    /// First one <c>RunAllAsync</c> call alone with the first quarter of the jobs (call "alone"), then two
    /// <c>RunAllAsync</c> calls on the same supervisor at the same moment, from two threads, each with half of the rest
    /// (call "both"); their results in job order. The call alone shows a supervisor that opens one tab at a time; the two
    /// at once, a limit kept per call instead of per supervisor.
    /// </summary>
    AloneThenTwoCallers,

    /// <summary><c>RunAllAsync</c>, cancelled once every tab is running.</summary>
    CancelMidway,

    /// <summary>No evening: the constructor and both methods, each given one bad argument (<see cref="BadArgumentCalls"/>).</summary>
    BadArguments,
}

/// <summary>One evening in the kitchen: the supervisor's options, the tabs to open, and how long the harness waits.</summary>
/// <param name="Name">The name the harness is started with.</param>
/// <param name="Story">What happens, in the story's words.</param>
/// <param name="Mode">How the supervisor is called.</param>
/// <param name="Timeout">The supervisor's <see cref="SupervisorOptions.Timeout"/>.</param>
/// <param name="MaxConcurrentWorkers">The supervisor's <see cref="SupervisorOptions.MaxConcurrentWorkers"/>.</param>
/// <param name="MaxRestarts">The supervisor's <see cref="SupervisorOptions.MaxRestarts"/>.</param>
/// <param name="Jobs">The tabs.</param>
/// <param name="ReturnWithin">How long one call may take before the harness stops waiting for it.</param>
/// <param name="WitnessCrashes">When true, the harness also opens every crashing page once by itself after the evening (<see cref="TabWitness"/>).</param>
public sealed record HarnessScenario(
    string Name,
    string Story,
    HarnessMode Mode,
    TimeSpan Timeout,
    int MaxConcurrentWorkers,
    int MaxRestarts,
    IReadOnlyList<TabJob> Jobs,
    TimeSpan ReturnWithin,
    bool WitnessCrashes = false)
{
    /// <summary>The options the supervisor is built with; a busy machine stretches the timeout by its allowance.</summary>
    public SupervisorOptions Options(string tabPath, TimeSpan allowance) => new(tabPath, Timeout + allowance, MaxConcurrentWorkers, MaxRestarts);

    /// <summary>The ids of the tabs whose page is of <paramref name="kind"/> (the page's first word).</summary>
    public IEnumerable<string> TabsShowing(string kind) =>
        Jobs.Where(j => j.Page == kind || j.Page.StartsWith(kind + " ", StringComparison.Ordinal)).Select(j => j.Id);
}

/// <summary>The margins every timed check allows, generous enough for a busy two-core machine.</summary>
public static class Margins
{
    /// <summary>The "small margin" after <see cref="SupervisorOptions.Timeout"/> within which a hung tab must be reported.</summary>
    public static readonly TimeSpan AfterTimeout = TimeSpan.FromSeconds(3);

    /// <summary>How soon after cancellation the supervisor must give up.</summary>
    public static readonly TimeSpan AfterCancel = TimeSpan.FromSeconds(3);

    /// <summary>How long a killed process may take to disappear once the supervisor has returned.</summary>
    public static readonly TimeSpan ToDisappear = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Extra time on a busy machine, added to every timed limit: three times what it took, just before the scenario,
    /// to open a tab that renders at once and to list the machine's processes (what a tree kill does), at most 30 s.
    /// An idle machine does both in a fraction of a second; one shared with a dozen builds may take seconds.
    /// </summary>
    public static TimeSpan BusyMachineAllowance(TimeSpan calibration) =>
        TimeSpan.FromTicks(Math.Clamp(calibration.Ticks * 3, 0, TimeSpan.FromSeconds(30).Ticks));
}
