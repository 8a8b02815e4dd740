namespace KitchenKatas.Grader.Isolation;

/// <summary>What a child process did. It is returned however the child ended: exited, crashed or killed.</summary>
/// <param name="ExitCode">Its exit code; null when it was killed for running out of time.</param>
/// <param name="TimedOut">True when the timeout killed it.</param>
/// <param name="StandardOutput">Standard output, capped.</param>
/// <param name="StandardError">Standard error, capped.</param>
/// <param name="OutputTruncated">True when either stream went past the cap.</param>
/// <param name="Elapsed">Wall-clock time.</param>
public sealed record ChildProcessResult(int? ExitCode, bool TimedOut, string StandardOutput, string StandardError, bool OutputTruncated, TimeSpan Elapsed)
{
    /// <summary>The child's process id.</summary>
    public int ProcessId { get; init; }

    /// <summary>Thread stacks and lock owners of the tree's .NET processes, read when it timed out; null otherwise.</summary>
    public string? HangReport { get; init; }

    /// <summary>Descendants that outlived the child and were killed after it exited (Linux).</summary>
    public int OrphansKilled { get; init; }

    /// <summary>The command lines of the descendants still running when the child ended, killed with it (Linux).</summary>
    public IReadOnlyList<string> Orphans { get; init; } = [];

    /// <summary>The resource limit the tree crossed, in words ("started 200 processes at once, ..."), when the runner killed it for that; null otherwise.</summary>
    public string? LimitExceeded { get; init; }

    /// <summary>How it ended, in words: exit code, signal, stack overflow, FailFast, out of memory, timeout.</summary>
    public ExitVerdict Verdict => ExitClassifier.Classify(ExitCode, TimedOut, StandardError);

    /// <summary>The verdict, and the hang report when there is one: the text to show a person.</summary>
    public string Describe() =>
        HangReport is { Length: > 0 } report ? $"{Verdict.Reason}\n{report}" : Verdict.Reason;
}
