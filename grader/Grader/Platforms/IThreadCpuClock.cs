namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// The thread-CPU-clock concern: how much CPU one thread of this process has used. Measuring a pool's own threads, not
/// the whole process, keeps an idle-CPU check blind to the test runner, the JIT and the neighbours' load.
/// </summary>
public interface IThreadCpuClock
{
    /// <summary>How the clock is read, in words for <c>kitchen doctor</c>.</summary>
    string Method { get; }

    /// <summary>True where <see cref="CurrentThreadId"/> and <see cref="CpuTime"/> work on this machine.</summary>
    bool IsSupported { get; }

    /// <summary>An id of the calling thread that <see cref="CpuTime"/> takes; null where there is none.</summary>
    long? CurrentThreadId();

    /// <summary>User plus system CPU time of thread <paramref name="threadId"/> of this process; null when it is gone.</summary>
    TimeSpan? CpuTime(long threadId);
}
