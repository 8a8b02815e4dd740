namespace Kitchen.ThreadPool;

// This wrong fix's mistake is in WorkerPool.cs; the sizer is right.
public static class PoolSizer
{
    public static int ThreadsFor(int cores, double waitToComputeRatio, int maxThreads = 512) =>
        (int)Math.Clamp(Math.Round(cores * (1 + waitToComputeRatio)), 1, maxThreads);
}
