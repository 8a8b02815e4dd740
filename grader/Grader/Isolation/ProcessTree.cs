using System.Diagnostics;
using System.Globalization;

namespace KitchenKatas.Grader.Isolation;

/// <summary>One process seen in a tree: its id and its start time, so a reused id is never mistaken for it.</summary>
/// <param name="Pid">Process id.</param>
/// <param name="StartStamp">Start time in the kernel's clock ticks (field 22 of /proc/PID/stat).</param>
public readonly record struct ProcessStamp(int Pid, long StartStamp);

/// <summary>
/// A process's descendants, read from /proc (Linux). A child that exits leaves its own children to the init process,
/// out of reach of <see cref="Process.Kill(bool)"/>; remembering the descendants while the child lives lets the
/// runner kill such orphans too. Elsewhere the lists are empty and only the tree kill remains.
/// </summary>
public static class ProcessTree
{
    /// <summary>Every living descendant of <paramref name="rootPid"/> (children, grandchildren...), not the root itself.</summary>
    public static IReadOnlyList<ProcessStamp> Descendants(int rootPid)
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }

        var byParent = new Dictionary<int, List<ProcessStamp>>();
        foreach (var (stamp, parent) in AllProcesses())
        {
            if (!byParent.TryGetValue(parent, out var children))
            {
                byParent[parent] = children = [];
            }

            children.Add(stamp);
        }

        var found = new List<ProcessStamp>();
        var queue = new Queue<int>([rootPid]);
        while (queue.Count > 0 && found.Count < 10_000)
        {
            foreach (var child in byParent.GetValueOrDefault(queue.Dequeue()) ?? [])
            {
                found.Add(child);
                queue.Enqueue(child.Pid);
            }
        }

        return found;
    }

    /// <summary>
    /// The direct children of <paramref name="pid"/> its parent has not reaped yet, running or zombie (Linux). Read from
    /// the kernel's own list of each thread's children, so it is fast enough to catch a child that is just dying.
    /// </summary>
    public static IReadOnlyList<ProcessStamp> Unreaped(int pid)
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }

        var found = new List<ProcessStamp>();
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                string children;
                try
                {
                    children = File.ReadAllText(Path.Combine(task, "children"));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue; // a thread that ended while we looked
                }

                foreach (var child in children.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (int.TryParse(child, NumberStyles.None, CultureInfo.InvariantCulture, out var childPid) && Read(childPid) is { } info)
                    {
                        found.Add(info.Stamp);
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return found;
        }

        return found;
    }

    /// <summary>True when the very process <paramref name="stamp"/> names still runs (a zombie counts as gone).</summary>
    public static bool IsAlive(ProcessStamp stamp) =>
        Read(stamp.Pid) is { } info && info.Stamp == stamp && info.State is not ('Z' or 'X');

    /// <summary>What <paramref name="rootPid"/> and <paramref name="descendants"/> take right now: processes, threads, resident memory.</summary>
    public static TreeUsage Usage(int rootPid, IEnumerable<ProcessStamp> descendants)
    {
        ArgumentNullException.ThrowIfNull(descendants);
        int processes = 0;
        long threads = 0, pages = 0;
        foreach (var pid in descendants.Select(d => d.Pid).Prepend(rootPid))
        {
            if (Read(pid) is { State: not ('Z' or 'X') } info)
            {
                processes++;
                threads += info.Threads;
                pages += info.ResidentPages;
            }
        }

        return new TreeUsage(processes, threads, pages * Environment.SystemPageSize);
    }

    /// <summary>
    /// Stops every process below <paramref name="rootPid"/> (SIGSTOP, so none can start another), looks again until
    /// no new one appears, then kills them all with the root. Returns every process it found, for the record.
    /// </summary>
    public static IReadOnlyCollection<ProcessStamp> FreezeAndKill(int rootPid)
    {
        var found = new HashSet<ProcessStamp>();
        for (var round = 0; round < 20; round++)
        {
            var fresh = Descendants(rootPid).Where(found.Add).ToArray();
            if (fresh.Length == 0)
            {
                break;
            }

            foreach (var stamp in fresh)
            {
                Signals.Send(stamp.Pid, Signals.Stop);
            }
        }

        Signals.Send(rootPid, Signals.Kill);
        foreach (var stamp in found.Where(IsAlive))
        {
            Signals.Send(stamp.Pid, Signals.Kill);
        }

        return found;
    }

    /// <summary>Every living process but this one whose environment holds <paramref name="variable"/> ("NAME=value") (Linux).</summary>
    public static IReadOnlyList<ProcessStamp> Carrying(string variable)
    {
        ArgumentException.ThrowIfNullOrEmpty(variable);
        var found = new List<ProcessStamp>();
        foreach (var (stamp, _) in AllProcesses())
        {
            if (stamp.Pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllText($"/proc/{stamp.Pid}/environ").Split('\0').Contains(variable, StringComparer.Ordinal))
                {
                    found.Add(stamp);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone, or not ours to read.
            }
        }

        return found;
    }

    /// <summary>The command line of <paramref name="stamp"/>, its arguments joined by spaces; "" when it is gone.</summary>
    public static string CommandLine(ProcessStamp stamp)
    {
        try
        {
            return File.ReadAllText($"/proc/{stamp.Pid}/cmdline").TrimEnd('\0').Replace('\0', ' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>Sends SIGKILL to every process in <paramref name="stamps"/> that still runs; returns how many it killed.</summary>
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

    private readonly record struct ProcInfo(ProcessStamp Stamp, int Parent, char State, long Threads, long ResidentPages);

    private static IEnumerable<(ProcessStamp Stamp, int Parent)> AllProcesses()
    {
        string[] entries;
        try
        {
            entries = Directory.GetDirectories("/proc");
        }
        catch (IOException)
        {
            yield break;
        }

        foreach (var entry in entries)
        {
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Read(pid) is { } info)
            {
                yield return (info.Stamp, info.Parent);
            }
        }
    }

    private static ProcInfo? Read(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // After "pid (name)": state, ppid, ... num_threads is the 18th field from there, starttime the 20th and the
        // resident pages the 22nd. The name may hold spaces.
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 22
            || !int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var parent)
            || !long.TryParse(fields[17], NumberStyles.Integer, CultureInfo.InvariantCulture, out var threads)
            || !long.TryParse(fields[19], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
            || !long.TryParse(fields[21], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pages))
        {
            return null;
        }

        return new ProcInfo(new ProcessStamp(pid, start), parent, fields[0][0], threads, pages);
    }
}
