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

    /// <summary>True when the very process <paramref name="stamp"/> names still runs (a zombie counts as gone).</summary>
    public static bool IsAlive(ProcessStamp stamp) =>
        Read(stamp.Pid) is { } info && info.Stamp == stamp && info.State is not ('Z' or 'X');

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

    private static (ProcessStamp Stamp, int Parent, char State)? Read(int pid)
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

        // After "pid (name)": state, ppid, ... starttime is the 20th field from there. The name may hold spaces.
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 20
            || !int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var parent)
            || !long.TryParse(fields[19], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start))
        {
            return null;
        }

        return (new ProcessStamp(pid, start), parent, fields[0][0]);
    }
}
