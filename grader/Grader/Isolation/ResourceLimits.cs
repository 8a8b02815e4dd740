using System.Globalization;

namespace KitchenKatas.Grader.Isolation;

/// <summary>
/// How much of the machine a child's whole process tree may take at once. Crossing any limit freezes and kills the
/// tree at once, so a fork bomb or a runaway allocation is stopped by the grader, not by the machine (read from
/// the system's process table; where there is none, only the timeout applies).
/// </summary>
/// <param name="MaxMemoryBytes">Resident memory of every process in the tree together.</param>
/// <param name="MaxProcesses">Processes in the tree, the child included.</param>
/// <param name="MaxThreads">Threads of every process in the tree together.</param>
public sealed record ResourceLimits(long MaxMemoryBytes, int MaxProcesses, int MaxThreads)
{
    /// <summary>
    /// Room for a kata run: <c>dotnet test</c> builds (one MSBuild node per core), runs the checks and the processes a
    /// kata starts on purpose; a share for every core keeps a 64-core machine as free as a 2-core one.
    /// </summary>
    public static ResourceLimits ForKataRun(int processorCount)
    {
        var cores = Math.Max(1, processorCount);
        return new ResourceLimits(
            MaxMemoryBytes: (3L << 30) + (cores * (128L << 20)),
            MaxProcesses: 128 + (2 * cores),
            MaxThreads: 2_000 + (64 * cores));
    }

    /// <summary>Words for a tree that crossed a limit, or null while it keeps within all of them.</summary>
    public string? Breach(TreeUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        if (usage.Processes > MaxProcesses)
        {
            return $"started {Count(usage.Processes)} processes at once, more than the limit of {Count(MaxProcesses)}";
        }

        if (usage.Threads > MaxThreads)
        {
            return $"ran {Count(usage.Threads)} threads at once, more than the limit of {Count(MaxThreads)}";
        }

        return usage.MemoryBytes > MaxMemoryBytes
            ? $"used {Megabytes(usage.MemoryBytes)} of memory, more than the limit of {Megabytes(MaxMemoryBytes)}"
            : null;
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => (bytes >> 20).ToString("N0", CultureInfo.InvariantCulture) + " MB";
}

/// <summary>What a process tree takes right now.</summary>
/// <param name="Processes">Living processes, the root included.</param>
/// <param name="Threads">Their threads together.</param>
/// <param name="MemoryBytes">Their resident memory together.</param>
public sealed record TreeUsage(int Processes, long Threads, long MemoryBytes);
