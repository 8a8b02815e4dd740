using System.Diagnostics;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Grader.Isolation;

/// <summary>
/// A process's descendants, read from this system's process table (<see cref="Platform.Current"/>). A child that exits
/// leaves its own children to another parent, out of reach of <see cref="Process.Kill(bool)"/>; remembering the
/// descendants while the child lives lets the runner kill such orphans too.
/// </summary>
public static class ProcessTree
{
    private static IProcessTable Table => Platform.Current.Processes;

    /// <summary>Every living descendant of <paramref name="rootPid"/> (children, grandchildren...), not the root itself.</summary>
    public static IReadOnlyList<ProcessStamp> Descendants(int rootPid) => Descendants(Table, rootPid);

    /// <summary>The descendants of <paramref name="rootPid"/> in <paramref name="table"/>.</summary>
    internal static IReadOnlyList<ProcessStamp> Descendants(IProcessTable table, int rootPid)
    {
        if (!table.CanList || table.Read(rootPid) is not { } root)
        {
            return [];
        }

        var byParent = table.Snapshot().Where(l => l.Pid != l.Parent).ToLookup(l => l.Parent, l => l.Pid);
        var found = new List<ProcessStamp>();
        var queue = new Queue<ProcessInfo>([root]);
        var seen = new HashSet<int> { rootPid };
        while (queue.Count > 0 && found.Count < 10_000)
        {
            var parent = queue.Dequeue();
            foreach (var pid in byParent[parent.Stamp.Pid].Where(seen.Add))
            {
                // A child that started before its "parent" names an older process whose id was reused (Windows).
                if (table.Read(pid) is { } child && child.Stamp.StartStamp >= parent.Stamp.StartStamp)
                {
                    found.Add(child.Stamp);
                    queue.Enqueue(child);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The direct children of <paramref name="pid"/> its parent has not reaped yet, running or zombie (on Windows,
    /// which keeps no zombies, the running ones). Fast enough to catch a child that is just dying.
    /// </summary>
    public static IReadOnlyList<ProcessStamp> Unreaped(int pid) => Table.Unreaped(pid);

    /// <summary>True when the very process <paramref name="stamp"/> names still runs (a zombie counts as gone).</summary>
    public static bool IsAlive(ProcessStamp stamp) =>
        Table.Read(stamp.Pid) is { Alive: true } info && info.Stamp == stamp;

    /// <summary>What <paramref name="rootPid"/> and <paramref name="descendants"/> take right now: processes, threads, resident memory.</summary>
    public static TreeUsage Usage(int rootPid, IEnumerable<ProcessStamp> descendants)
    {
        ArgumentNullException.ThrowIfNull(descendants);
        int processes = 0;
        long threads = 0, bytes = 0;
        foreach (var pid in descendants.Select(d => d.Pid).Prepend(rootPid))
        {
            if (Table.Read(pid) is { Alive: true } info)
            {
                processes++;
                threads += info.Threads;
                bytes += info.ResidentBytes;
            }
        }

        return new TreeUsage(processes, threads, bytes);
    }

    /// <summary>
    /// Stops every process below <paramref name="rootPid"/> where the system can (SIGSTOP, so none can start another),
    /// looks again until no new one appears, then kills them all with the root. Returns every process it found.
    /// </summary>
    public static IReadOnlyCollection<ProcessStamp> FreezeAndKill(int rootPid)
    {
        var table = Table;
        var found = new HashSet<ProcessStamp>();
        for (var round = 0; round < 20; round++)
        {
            var fresh = Descendants(table, rootPid).Where(found.Add).ToArray();
            if (fresh.Length == 0)
            {
                break;
            }

            foreach (var stamp in fresh)
            {
                table.Freeze(stamp.Pid);
            }
        }

        table.Kill(rootPid);
        foreach (var stamp in found.Where(IsAlive))
        {
            table.Kill(stamp.Pid);
        }

        return found;
    }

    /// <summary>
    /// Every living process but this one whose environment holds <paramref name="variable"/> ("NAME=value"). Empty where
    /// environments of other processes cannot be read (see <see cref="IProcessTable.CanReadEnvironment"/>).
    /// </summary>
    public static IReadOnlyList<ProcessStamp> Carrying(string variable)
    {
        ArgumentException.ThrowIfNullOrEmpty(variable);
        var table = Table;
        if (!table.CanReadEnvironment)
        {
            return [];
        }

        return [.. table.Snapshot()
            .Where(l => l.Pid != Environment.ProcessId && table.Carries(l.Pid, variable))
            .Select(l => table.Read(l.Pid))
            .OfType<ProcessInfo>()
            .Select(i => i.Stamp)];
    }

    /// <summary>The command line of <paramref name="stamp"/> (its program's name where that is all the system tells); "" when it is gone.</summary>
    public static string CommandLine(ProcessStamp stamp) => Table.CommandLine(stamp.Pid);

    /// <summary>Ends every process in <paramref name="stamps"/> that still runs, with its tree; returns how many it killed.</summary>
    public static int KillSurvivors(IEnumerable<ProcessStamp> stamps)
    {
        ArgumentNullException.ThrowIfNull(stamps);
        var killed = 0;
        foreach (var stamp in stamps.Where(IsAlive))
        {
            try
            {
                using var process = Process.GetProcessById(stamp.Pid);
                process.Kill(entireProcessTree: true);
                killed++;
            }
            catch (ArgumentException)
            {
                // Gone between the look and the kill.
            }
            catch (InvalidOperationException)
            {
                // Gone between the look and the kill.
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Exiting right now, or not ours to kill.
            }
        }

        return killed;
    }
}
