using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Grader.Pools;

/// <summary>
/// CPU time of single operating-system threads of this process, as this system tells it (<see cref="Platform.Current"/>:
/// /proc on Linux, GetThreadTimes on Windows, thread_info on macOS). Measuring the pool's own threads, not the whole
/// process, keeps an idle-CPU check blind to the test runner, the JIT and the neighbours' load.
/// </summary>
public static class ThreadCpuClock
{
    private static IThreadCpuClock Clock => Platform.Current.ThreadClock;

    /// <summary>True where <see cref="CurrentThreadId"/> and <see cref="CpuTime"/> work.</summary>
    public static bool IsSupported => Clock.IsSupported;

    /// <summary>An id of the calling thread that <see cref="CpuTime"/> takes; null where it cannot be read.</summary>
    public static long? CurrentThreadId() => Clock.CurrentThreadId();

    /// <summary>User plus system CPU time of thread <paramref name="threadId"/> of this process; null when it is gone.</summary>
    public static TimeSpan? CpuTime(long threadId) => Clock.CpuTime(threadId);
}
