using KitchenKatas.Grader.Isolation;

namespace KitchenKatas.Grader.Platforms;

/// <summary>One line of the process table: a process and its parent.</summary>
/// <param name="Pid">Process id.</param>
/// <param name="Parent">Its parent's process id as the table says it (on Windows, a parent that has ended may be reused).</param>
public readonly record struct ProcessLink(int Pid, int Parent);

/// <summary>What one process is right now.</summary>
/// <param name="Stamp">Its id and start time, so a reused id is never mistaken for it.</param>
/// <param name="Alive">False for a zombie (ended, not yet reaped by its parent).</param>
/// <param name="Threads">Its threads.</param>
/// <param name="ResidentBytes">Its resident memory.</param>
public readonly record struct ProcessInfo(ProcessStamp Stamp, bool Alive, long Threads, long ResidentBytes);

/// <summary>
/// The process-tree concern: the processes below a grader run, and how to stop them. One implementation per operating
/// system, chosen in <see cref="Platform"/>; <see cref="ProcessTree"/> builds everything else from these few calls.
/// </summary>
public interface IProcessTable
{
    /// <summary>How this table is read, in words for <c>kitchen doctor</c>.</summary>
    string Method { get; }

    /// <summary>False where the table cannot be read at all: then only <see cref="System.Diagnostics.Process.Kill(bool)"/> remains.</summary>
    bool CanList { get; }

    /// <summary>True where a process can be stopped without being ended (<see cref="Freeze"/>).</summary>
    bool CanFreeze { get; }

    /// <summary>True where another process's environment can be read (<see cref="Carries"/>).</summary>
    bool CanReadEnvironment { get; }

    /// <summary>Every process the table shows right now, with its parent.</summary>
    IReadOnlyList<ProcessLink> Snapshot();

    /// <summary>One process, or null when it is gone or cannot be read.</summary>
    ProcessInfo? Read(int pid);

    /// <summary>The direct children of <paramref name="pid"/> that it has not reaped yet, running or zombie.</summary>
    IReadOnlyList<ProcessStamp> Unreaped(int pid);

    /// <summary>Stops <paramref name="pid"/> without ending it, so it cannot start another; false where impossible.</summary>
    bool Freeze(int pid);

    /// <summary>Ends <paramref name="pid"/> at once (not its children); false when it is gone or not ours.</summary>
    bool Kill(int pid);

    /// <summary>True when the environment of <paramref name="pid"/> holds <paramref name="variable"/> ("NAME=value").</summary>
    bool Carries(int pid, string variable);

    /// <summary>The command line of <paramref name="pid"/>, or what of it the system tells; "" when it is gone.</summary>
    string CommandLine(int pid);
}
