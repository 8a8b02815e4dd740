namespace KitchenKatas.Grader.Platforms;

/// <summary>A system with no way to read one thread's CPU time that the grader knows of.</summary>
internal sealed class NoThreadCpuClock(string why) : IThreadCpuClock
{
    /// <inheritdoc />
    public string Method => why;

    /// <inheritdoc />
    public bool IsSupported => false;

    /// <inheritdoc />
    public long? CurrentThreadId() => null;

    /// <inheritdoc />
    public TimeSpan? CpuTime(long threadId) => null;
}
