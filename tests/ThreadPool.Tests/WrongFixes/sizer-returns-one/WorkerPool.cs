namespace Kitchen.ThreadPool;

// This wrong fix's mistake is in PoolSizer.cs. Checks 7 and 8 never touch the pool, so it is only a stand-in.
public sealed class WorkerPool(int workers) : IDisposable
{
    public int Workers { get; } = workers;

    public event Action<Exception>? JobFailed { add { } remove { } }

    public void Submit(Action job) => throw new NotSupportedException("This wrong fix is about PoolSizer.cs only.");

    public void Drain() { }

    public void Dispose() { }
}
