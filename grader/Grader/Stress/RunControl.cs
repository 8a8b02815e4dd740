using System.Diagnostics;

namespace KitchenKatas.Grader.Stress;

/// <summary>Shared between the lanes of one run: the deadline, and the flag that stops everyone.</summary>
internal sealed class RunControl(long deadline, long hardDeadline, long minTrials, bool stopAtFirstForbidden)
{
    private int _stop;
    private long _firstForbiddenAt;
    private long _trials;

    public long StartedAt { get; } = Stopwatch.GetTimestamp();

    /// <summary>Past the budget the run stops, unless it has not had its minimum of trials yet (up to the hard deadline).</summary>
    public bool StopRequested
    {
        get
        {
            if (Volatile.Read(ref _stop) != 0)
            {
                return true;
            }

            var now = Stopwatch.GetTimestamp();
            return now >= deadline && (Interlocked.Read(ref _trials) >= minTrials || now >= hardDeadline);
        }
    }

    public void TrialDone() => Interlocked.Increment(ref _trials);

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
