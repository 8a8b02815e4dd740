namespace Kitchen.ThreadPool;

/// <summary>How many chefs a kitchen needs.</summary>
public static class PoolSizer
{
    /// <summary>
    /// Goetz's rule: <c>cores × (1 + W/C)</c>. While one chef waits for a delivery (W), a burner is free for
    /// another chef to cook (C), so each burner can keep 1 + W/C chefs busy.
    /// </summary>
    /// <param name="cores">Burners on the stove: the machine's cores.</param>
    /// <param name="waitToComputeRatio">W/C: how long a job waits for each unit of time it computes.</param>
    /// <param name="maxThreads">The most chefs the kitchen may hold.</param>
    public static int ThreadsFor(int cores, double waitToComputeRatio, int maxThreads = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxThreads, 1);
        if (double.IsNaN(waitToComputeRatio) || waitToComputeRatio < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(waitToComputeRatio), waitToComputeRatio, "W/C must be zero or more.");
        }

        // In double, so a huge ratio cannot overflow int before the clamp.
        var ideal = Math.Round(cores * (1 + waitToComputeRatio));
        return (int)Math.Clamp(ideal, 1, maxThreads);
    }
}
