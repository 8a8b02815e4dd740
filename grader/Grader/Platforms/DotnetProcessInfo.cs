using System.ComponentModel;
using System.Diagnostics;
using KitchenKatas.Grader.Isolation;

namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// One process as <see cref="Process"/> sees it, for systems without /proc. Its stamp is the start time in UTC ticks,
/// <c>Process.GetProcessById(pid).StartTime.ToUniversalTime().Ticks</c>: the same expression a program can compute
/// for itself (kata 3's tabs write theirs in the logbook), so both sides always agree.
/// </summary>
internal static class DotnetProcessInfo
{
    /// <summary>The start stamp of <paramref name="pid"/>, or null when it is gone or not ours to read.</summary>
    public static long? Stamp(int pid) => Read(pid)?.Stamp.StartStamp;

    /// <summary><paramref name="pid"/> as <see cref="Process"/> tells it, or null when it is gone or not ours to read.</summary>
    public static ProcessInfo? Read(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            var stamp = new ProcessStamp(pid, process.StartTime.ToUniversalTime().Ticks);
            return process.HasExited ? null : new ProcessInfo(stamp, true, process.Threads.Count, process.WorkingSet64);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return null; // gone, exiting, or a system process we may not look at
        }
    }

    /// <summary>Ends <paramref name="pid"/> alone (not its children); false when it is gone or not ours.</summary>
    public static bool Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: false);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The name of <paramref name="pid"/>'s program; "" when it is gone.</summary>
    public static string Name(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.ProcessName;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return "";
        }
    }
}
