using System.Diagnostics;

namespace KitchenKatas.Grader.Stress;

/// <summary>Shared between the lanes of one run: the deadline, and the flag that stops everyone.</summary>
internal sealed class RunControl(long deadline, bool stopAtFirstForbidden)
{
    private int _stop;
    private long _firstForbiddenAt;

    public long StartedAt { get; } = Stopwatch.GetTimestamp();

    public bool StopRequested => Volatile.Read(ref _stop) != 0 || Stopwatch.GetTimestamp() >= deadline;

    public bool Abandoned => Volatile.Read(ref _stop) == 2;

    public TimeSpan? TimeToDetection
    {
        get
        {
            var at = Interlocked.Read(ref _firstForbiddenAt);
            return at == 0 ? null : Stopwatch.GetElapsedTime(StartedAt, at);
        }
    }

    public void ForbiddenSeen()
    {
        Interlocked.CompareExchange(ref _firstForbiddenAt, Stopwatch.GetTimestamp(), 0);
        if (stopAtFirstForbidden)
        {
            Interlocked.CompareExchange(ref _stop, 1, 0);
        }
    }

    /// <summary>Every spinning thread leaves at its next yield; threads stuck in learner code are left behind.</summary>
    public void Abandon() => Volatile.Write(ref _stop, 2);
}
