namespace Kitchen.ThreadPool;

/// <summary>How many chefs a kitchen needs.</summary>
public static class PoolSizer
{
    /// <summary>
    /// How many chefs (threads) to hire for a machine with <paramref name="cores"/> cores, when each job waits
    /// (for a delivery, a disk, the network) <paramref name="waitToComputeRatio"/> units of time for every unit
    /// of time it computes. Never fewer than 1, never more than <paramref name="maxThreads"/>.
    /// </summary>
    public static int ThreadsFor(int cores, double waitToComputeRatio, int maxThreads = 512)
    {
        // TODO: the same crew whatever the machine and whatever the work. Read the README's sizing rule.
        return 4;
    }
}
