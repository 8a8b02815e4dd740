namespace Kitchen.ThreadPool;

/// <summary>How many chefs a kitchen needs.</summary>
public static class PoolSizer
{
    /// <summary>Goetz's rule, <c>cores × (1 + W/C)</c>, kept between 1 and <paramref name="maxThreads"/>.</summary>
    /// <param name="cores">Burners on the stove: the machine's cores.</param>
    /// <param name="waitToComputeRatio">W/C: how long a job waits for each unit of time it computes.</param>
    /// <param name="maxThreads">The most chefs the kitchen may hold.</param>
    public static int ThreadsFor(int cores, double waitToComputeRatio, int maxThreads = 512)
    {
        if (cores < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(cores), cores, "A kitchen needs at least one burner.");
        }

        if (!(waitToComputeRatio >= 0)) // false for NaN too
        {
            throw new ArgumentOutOfRangeException(nameof(waitToComputeRatio), waitToComputeRatio, "W/C must be a number, zero or more.");
        }

        if (maxThreads < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxThreads), maxThreads, "The kitchen must hold at least one chef.");
        }

        var chefs = Math.Round(cores * (1.0 + waitToComputeRatio));
        return (int)Math.Max(1, Math.Min(maxThreads, chefs));
    }
}
