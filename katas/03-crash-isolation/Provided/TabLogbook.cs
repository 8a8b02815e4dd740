using System.Globalization;
using System.Text.Json;

namespace Kitchen.CrashIsolation;

/// <summary>
/// Provided: the tabs keep a logbook, a folder named by the <c>KITCHEN_TAB_LOGBOOK</c> environment variable, so the
/// checks can see every process a tab was and started, and find out afterwards whether any is still alive.
/// Without the variable nothing is written.
/// </summary>
public static class TabLogbook
{
    /// <summary>The environment variable naming the logbook folder.</summary>
    public const string Variable = "KITCHEN_TAB_LOGBOOK";

    private static string? Folder => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder ? folder : null;

    /// <summary>Writes down that process <paramref name="pid"/> is alive, what it is and what it shows.</summary>
    public static void RecordProcess(int pid, string role, string page)
    {
        if (Folder is not { } folder)
        {
            return;
        }

        var entry = new TabLogEntry(pid, role, page, StartStamp(pid), DateTime.UtcNow.Ticks);
        File.WriteAllText(Path.Combine(folder, $"{role}-{pid}.json"), JsonSerializer.Serialize(entry));
    }

    /// <summary>Writes down that process <paramref name="pid"/> finished rendering.</summary>
    public static void RecordRendered(int pid)
    {
        if (Folder is { } folder)
        {
            File.WriteAllText(Path.Combine(folder, $"rendered-{pid}.txt"), DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Writes down that <paramref name="page"/> is being shown inside process <paramref name="pid"/>, not in a tab of its
    /// own: such a page never becomes a tab, so the checks need not wait for one.
    /// </summary>
    public static void RecordInsideKitchen(int pid, string page)
    {
        if (Folder is { } folder)
        {
            File.WriteAllText(Path.Combine(folder, $"inside-{pid}-{Guid.NewGuid():N}.txt"), page);
        }
    }

    /// <summary>True the first time it is asked about <paramref name="key"/> within one logbook.</summary>
    public static bool FirstTime(string key)
    {
        if (Folder is not { } folder)
        {
            return false;
        }

        var name = "once-" + string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
        try
        {
            using var _ = new FileStream(Path.Combine(folder, name), FileMode.CreateNew);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>
    /// When process <paramref name="pid"/> started: on Linux in the kernel's clock ticks (field 22 of /proc/PID/stat),
    /// elsewhere in UTC ticks of its start time, as the grader's process tree stamps it. A pid that is reused later has
    /// another stamp. Null when it is gone.
    /// </summary>
    public static string? StartStamp(int pid)
    {
        if (!OperatingSystem.IsLinux())
        {
            return StartTicks(pid)?.ToString(CultureInfo.InvariantCulture);
        }

        var stat = ReadStat(pid);
        return stat is null ? null : StatFields(stat) is { Length: > 19 } fields ? fields[19] : null;
    }

    private static long? StartTicks(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.StartTime.ToUniversalTime().Ticks;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string? ReadStat(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    // The fields after "pid (comm)": comm may hold spaces and parentheses, so split after the last ')'.
    private static string[] StatFields(string stat) =>
        stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>One line of the logbook: a process a tab was, or started.</summary>
/// <param name="Pid">Its process id.</param>
/// <param name="Role"><c>tab</c> or <c>grandchild</c>.</param>
/// <param name="Page">The page it showed.</param>
/// <param name="StartStamp">Its start time as the kernel tells it (see <see cref="TabLogbook.StartStamp"/>).</param>
/// <param name="StartedUtcTicks">When it wrote this entry.</param>
public sealed record TabLogEntry(int Pid, string Role, string Page, string? StartStamp, long StartedUtcTicks);
