namespace KitchenKatas.Grader.Isolation;

/// <summary>The ways a child process can end, from best to worst understood.</summary>
public enum ExitKind
{
    /// <summary>Exit code 0.</summary>
    Succeeded,

    /// <summary>It chose to exit with a non-zero code.</summary>
    ExitCode,

    /// <summary>A signal killed it (Linux and macOS) and nothing more specific is known.</summary>
    Signal,

    /// <summary>The .NET runtime reported an unhandled exception.</summary>
    UnhandledException,

    /// <summary>It overflowed its stack.</summary>
    StackOverflow,

    /// <summary>It called <see cref="Environment.FailFast(string)"/>.</summary>
    FailFast,

    /// <summary>It ran out of memory.</summary>
    OutOfMemory,

    /// <summary>It ran past its timeout and was killed with its whole process tree.</summary>
    TimedOut,

    /// <summary>The caller cancelled the run and it was killed with its whole process tree.</summary>
    Cancelled,

    /// <summary>It read or wrote memory it does not own (Windows names this in its exit code).</summary>
    AccessViolation,
}

/// <summary>How a child process ended, in words for a person.</summary>
/// <param name="Kind">The kind of ending.</param>
/// <param name="ExitCode">The exit code as <see cref="System.Diagnostics.Process"/> reports it; null when it was killed by the runner.</param>
/// <param name="Signal">The signal that killed it (Linux and macOS report 128 + N as the exit code), if any.</param>
/// <param name="Reason">One line, e.g. "stack overflow (killed by signal 6, SIGABRT)".</param>
/// <param name="StandardErrorTail">The last lines of standard error, which usually say why.</param>
public sealed record ExitVerdict(ExitKind Kind, int? ExitCode, int? Signal, string Reason, string StandardErrorTail)
{
    /// <summary>True unless it exited with code 0.</summary>
    public bool Failed => Kind != ExitKind.Succeeded;

    /// <summary>True when it died rather than chose to exit or was stopped: a signal, a stack overflow, FailFast, out of memory, an unhandled exception, an access violation.</summary>
    public bool Crashed => Kind is ExitKind.Signal or ExitKind.UnhandledException or ExitKind.StackOverflow or ExitKind.FailFast or ExitKind.OutOfMemory or ExitKind.AccessViolation;

    /// <inheritdoc />
    public override string ToString() => Reason;
}
