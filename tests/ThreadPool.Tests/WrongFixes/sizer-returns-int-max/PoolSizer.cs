namespace Kitchen.ThreadPool;

// Wrong fix: "the more chefs, the faster". Every argument is checked, but the answer is as many threads
// as an int can count: the million-chef kitchen (checks 7 and 8).
public static class PoolSizer
{
    public static int ThreadsFor(int cores, double waitToComputeRatio, int maxThreads = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxThreads, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(waitToComputeRatio);
        if (double.IsNaN(waitToComputeRatio))
        {
            throw new ArgumentOutOfRangeException(nameof(waitToComputeRatio));
        }

        return int.MaxValue;
    }
}
