namespace Kitchen.CrashIsolation;

// Provided and not editable: graders compile their own checks against these types.

/// <summary>How the supervisor runs its tabs.</summary>
/// <param name="WorkerPath">
/// The tab program (a .dll). Start it as <c>dotnet &lt;WorkerPath&gt;</c>; <see cref="TabCommand.StartInfo"/> builds
/// exactly that command for you.
/// </param>
/// <param name="Timeout">How long one attempt of a tab may run, counted from its start, before it is killed and reported <see cref="TabStatus.TimedOut"/>.</param>
/// <param name="MaxConcurrentWorkers">Most tab processes alive at the same moment (at least 1).</param>
/// <param name="MaxRestarts">How many times a crashed tab is started again (0: never). A timed-out tab is not restarted.</param>
public sealed record SupervisorOptions(string WorkerPath, TimeSpan Timeout, int MaxConcurrentWorkers, int MaxRestarts);

/// <summary>One tab to open: its id and the page it shows (see <see cref="TabPage"/> for what a page can do).</summary>
public sealed record TabJob(string Id, string Page);

/// <summary>How a tab ended.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Status">Rendered, crashed or timed out.</param>
/// <param name="Output">What the tab wrote on standard output; set when it rendered.</param>
/// <param name="Error">Why it failed, in words a person understands (e.g. "stack overflow", "killed by signal 6"); null when it rendered.</param>
/// <param name="Attempts">How many times the tab was started: 1, plus one per restart.</param>
public sealed record TabResult(string Id, TabStatus Status, string? Output, string? Error, int Attempts);

/// <summary>The three ways a tab can end.</summary>
public enum TabStatus
{
    /// <summary>The tab exited with code 0 and its output is the rendered page.</summary>
    Rendered,

    /// <summary>The tab died: a non-zero exit code, a signal, a stack overflow, FailFast, out of memory.</summary>
    Crashed,

    /// <summary>The tab ran past <see cref="SupervisorOptions.Timeout"/> and was killed with everything it started.</summary>
    TimedOut,
}
