using System.Diagnostics;

namespace KitchenKatas.Grader.Pools;

/// <summary>
/// A stove with one burner per core. Cooking holds a burner for a fixed time; waiting holds none.
/// </summary>
/// <remarks>
/// Both phases block instead of spinning. On a shared, noisy machine a spinning workload would hand more
/// CPU to whichever run has more threads (the scheduler shares cores per thread), so the curve would follow
/// the neighbours' load. A blocking stove makes the curve follow the sizing rule, which is what is graded.
/// </remarks>
public sealed class SimulatedStove : IDisposable
{
    private readonly SemaphoreSlim _burners;
    private long _lateTicks;
    private long _cooked;

    /// <summary>A stove with <paramref name="burners"/> burners.</summary>
    public SimulatedStove(int burners)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(burners, 1);
        Burners = burners;
        _burners = new SemaphoreSlim(burners, burners);
    }

    /// <summary>How many jobs can cook at once.</summary>
    public int Burners { get; }

    /// <summary>
    /// How late, on average, a chef got off the burner after its cooking time was up: the time the operating
    /// system took to wake it. Near zero on a quiet machine; a large share of the cooking time means the
    /// machine was too busy for the curve to follow the sizing rule closely.
    /// </summary>
    public TimeSpan MeanLateness
    {
        get
        {
            var cooked = Interlocked.Read(ref _cooked);
            return cooked == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Interlocked.Read(ref _lateTicks) / (double)Stopwatch.Frequency / cooked);
        }
    }

    /// <summary>Runs one job of <paramref name="workload"/>; returns false if <paramref name="stop"/> cut it short.</summary>
    public bool Cook(Workload workload, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(workload);
        if (workload.Wait > TimeSpan.Zero && stop.WaitHandle.WaitOne(workload.Wait))
        {
            return false;
        }

        try
        {
            _burners.Wait(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        try
        {
            var start = Stopwatch.GetTimestamp();
            if (stop.WaitHandle.WaitOne(workload.Compute))
            {
                return false;
            }

            var late = Stopwatch.GetElapsedTime(start) - workload.Compute;
            Interlocked.Add(ref _lateTicks, (long)(Math.Max(0, late.TotalSeconds) * Stopwatch.Frequency));
            Interlocked.Increment(ref _cooked);
            return true;
        }
        finally
        {
            _burners.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _burners.Dispose();
}
