namespace KitchenKatas.Grader.Isolation;

/// <summary>What to run in a child process, and the limits it runs under.</summary>
/// <param name="FileName">The program.</param>
/// <param name="Arguments">Its arguments, each passed as is (no shell).</param>
public sealed record ChildProcessRequest(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Working directory; the current one when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Wall-clock limit; the whole process tree is killed when it runs out.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Most characters kept of standard output and of standard error each; the rest is counted and dropped.</summary>
    public int OutputCap { get; init; } = 1_000_000;

    /// <summary>Extra environment variables (a null value removes the variable).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Text written to standard input, which is then closed.</summary>
    public string? StandardInput { get; init; }

    /// <summary>
    /// When the child runs out of time, read the thread stacks and lock owners of every .NET process in its tree before
    /// killing it (<see cref="HangReport"/>). On by default: a hang without stacks is a riddle.
    /// </summary>
    public bool CaptureStacksOnTimeout { get; init; } = true;

    /// <summary>Longest time spent reading stacks after a timeout.</summary>
    public TimeSpan StackCaptureBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Memory, process and thread limits of the whole tree (where the process table can be read); null for none beyond the timeout.</summary>
    public ResourceLimits? Limits { get; init; }

    /// <summary>
    /// Run inside this machine's sandbox (<see cref="Platforms.Platform.Sandbox"/>), seeing only this room; null to run
    /// as the grader runs. Where the machine has no sandbox the run goes ahead with the limits above, and reports say so.
    /// </summary>
    public Platforms.SandboxRoom? Sandbox { get; init; }
}
