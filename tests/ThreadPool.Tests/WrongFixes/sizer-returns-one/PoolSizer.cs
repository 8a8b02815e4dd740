namespace Kitchen.ThreadPool;

// Wrong fix: "one chef can never collide with anyone". Safe, and as slow as the one-chef kitchen:
// burners stand cold while the only chef waits for deliveries (checks 7 and 8).
public static class PoolSizer
{
    public static int ThreadsFor(int cores, double waitToComputeRatio, int maxThreads = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxThreads, 1);
        if (double.IsNaN(waitToComputeRatio) || waitToComputeRatio < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(waitToComputeRatio));
        }

        return 1;
    }
}
