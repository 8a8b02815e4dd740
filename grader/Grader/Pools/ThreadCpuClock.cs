using System.Globalization;
using System.Runtime.InteropServices;

namespace KitchenKatas.Grader.Pools;

/// <summary>
/// CPU time of single operating-system threads, where the OS tells it (Linux: <c>/proc/self/task</c>).
/// Measuring the pool's own threads, not the whole process, keeps an idle-CPU check blind to the test
/// runner, the JIT and the neighbours' load.
/// </summary>
public static partial class ThreadCpuClock
{
    // Kernel clock ticks per second for /proc times (USER_HZ); 100 on every Linux build in practice.
    private const double TicksPerSecond = 100;

    /// <summary>True where <see cref="CurrentThreadId"/> and <see cref="CpuTime"/> work.</summary>
    public static bool IsSupported { get; } = OperatingSystem.IsLinux() && Directory.Exists("/proc/self/task") && Probe();

    /// <summary>The operating system's id of the calling thread; null where it cannot be read.</summary>
    public static int? CurrentThreadId()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return GetTid();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>User plus system CPU time of thread <paramref name="osThreadId"/> of this process; null when it is gone.</summary>
    public static TimeSpan? CpuTime(int osThreadId)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/self/task/{osThreadId.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // "tid (name) state ppid ...": the name may hold spaces, so count fields after its closing parenthesis.
        // utime and stime are fields 14 and 15 of the line, the 12th and 13th after the name.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 12
            && long.TryParse(fields[11], NumberStyles.Integer, CultureInfo.InvariantCulture, out var user)
            && long.TryParse(fields[12], NumberStyles.Integer, CultureInfo.InvariantCulture, out var system)
            ? TimeSpan.FromSeconds((user + system) / TicksPerSecond)
            : null;
    }

    private static bool Probe() => CurrentThreadId() is { } id && CpuTime(id) is not null;

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetTid();
}
