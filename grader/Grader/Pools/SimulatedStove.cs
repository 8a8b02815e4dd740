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

    /// <summary>A stove with <paramref name="burners"/> burners.</summary>
    public SimulatedStove(int burners)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(burners, 1);
        Burners = burners;
        _burners = new SemaphoreSlim(burners, burners);
    }

    /// <summary>How many jobs can cook at once.</summary>
    public int Burners { get; }

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
            return !stop.WaitHandle.WaitOne(workload.Compute);
        }
        finally
        {
            _burners.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _burners.Dispose();
}
