using System.Globalization;
using KitchenKatas.Grader.Isolation;

namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// Linux: the process table is <c>/proc</c>. A stamp is the start time in clock ticks since boot (field 22 of
/// <c>/proc/PID/stat</c>); children not yet reaped are in <c>/proc/PID/task/*/children</c>.
/// </summary>
internal sealed class LinuxProcessTable : IProcessTable
{
    /// <inheritdoc />
    public string Method => "reads /proc (parents, start times, environments); SIGSTOP then SIGKILL";

    /// <inheritdoc />
    public bool CanList => Directory.Exists("/proc/self");

    /// <inheritdoc />
    public bool CanFreeze => true;

    /// <inheritdoc />
    public bool CanReadEnvironment => true;

    /// <inheritdoc />
    public IReadOnlyList<ProcessLink> Snapshot()
    {
        string[] entries;
        try
        {
            entries = Directory.GetDirectories("/proc");
        }
        catch (IOException)
        {
            return [];
        }

        var links = new List<ProcessLink>(entries.Length);
        foreach (var entry in entries)
        {
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Stat(pid) is { } stat)
            {
                links.Add(new ProcessLink(pid, stat.Parent));
            }
        }

        return links;
    }

    /// <inheritdoc />
    public ProcessInfo? Read(int pid) =>
        Stat(pid) is { } stat
            ? new ProcessInfo(new ProcessStamp(pid, stat.Start), stat.State is not ('Z' or 'X'), stat.Threads, stat.ResidentPages * Environment.SystemPageSize)
            : null;

    /// <inheritdoc />
    public IReadOnlyList<ProcessStamp> Unreaped(int pid)
    {
        // The kernel's own list of each thread's children: fast enough to catch a child that is just dying.
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

    /// <inheritdoc />
    public bool Freeze(int pid) => Signals.Send(pid, Signals.LinuxStop);

    /// <inheritdoc />
    public bool Kill(int pid) => Signals.Send(pid, Signals.Kill);

    /// <inheritdoc />
    public bool Carries(int pid, string variable)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/environ").Split('\0').Contains(variable, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // gone, or not ours to read
        }
    }

    /// <inheritdoc />
    public string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").TrimEnd('\0').Replace('\0', ' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>The fields of <c>/proc/PID/stat</c> the tree needs.</summary>
    internal readonly record struct StatLine(int Parent, char State, long Threads, long Start, long ResidentPages);

    /// <summary>Reads one <c>/proc/PID/stat</c> line; null when it does not parse.</summary>
    internal static StatLine? ParseStat(string stat)
    {
        // After "pid (name)": state, ppid, ... num_threads is the 18th field from there, starttime the 20th and the
        // resident pages the 22nd. The name may hold spaces.
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= 22
            && int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var parent)
            && long.TryParse(fields[17], NumberStyles.Integer, CultureInfo.InvariantCulture, out var threads)
            && long.TryParse(fields[19], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
            && long.TryParse(fields[21], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pages)
            ? new StatLine(parent, fields[0][0], threads, start, pages)
            : null;
    }

    private static StatLine? Stat(int pid)
    {
        try
        {
            return ParseStat(File.ReadAllText($"/proc/{pid}/stat"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
