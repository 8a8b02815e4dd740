using System.Globalization;
using System.Runtime.InteropServices;

namespace KitchenKatas.Grader.Platforms;

/// <summary>Linux: a thread's id is its kernel task id (gettid), its CPU time is in <c>/proc/self/task/ID/stat</c>.</summary>
internal sealed partial class LinuxThreadCpuClock : IThreadCpuClock
{
    // Kernel clock ticks per second for /proc times (USER_HZ); 100 on every Linux build in practice.
    private const double TicksPerSecond = 100;

    private readonly Lazy<bool> _supported;

    public LinuxThreadCpuClock() => _supported = new(() => CurrentThreadId() is { } id && CpuTime(id) is not null);

    /// <inheritdoc />
    public string Method => "reads /proc/self/task/<thread>/stat (10 ms ticks)";

    /// <inheritdoc />
    public bool IsSupported => _supported.Value;

    /// <inheritdoc />
    public long? CurrentThreadId()
    {
        try
        {
            return GetTid();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public TimeSpan? CpuTime(long threadId)
    {
        try
        {
            return ParseTaskStat(File.ReadAllText($"/proc/self/task/{threadId.ToString(CultureInfo.InvariantCulture)}/stat"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>User plus system time from one line of <c>/proc/.../stat</c>; null when it does not parse.</summary>
    internal static TimeSpan? ParseTaskStat(string stat)
    {
        // "tid (name) state ppid ...": the name may hold spaces, so count fields after its closing parenthesis.
        // utime and stime are fields 14 and 15 of the line, the 12th and 13th after the name.
        var close = stat.LastIndexOf(')');
        if (close < 0 || close + 2 > stat.Length)
        {
            return null;
        }

        var fields = stat[(close + 2)..].Split(' ');
        return fields.Length > 12
            && long.TryParse(fields[11], NumberStyles.Integer, CultureInfo.InvariantCulture, out var user)
            && long.TryParse(fields[12], NumberStyles.Integer, CultureInfo.InvariantCulture, out var system)
            ? TimeSpan.FromSeconds((user + system) / TicksPerSecond)
            : null;
    }

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetTid();
}
