namespace Kitchen.ThreadPool;

// Wrong fix: a real crew and a signal per order, but the Queue<T> itself has no lock.
// Two waiters enqueue at once, or two chefs dequeue at once, and orders are lost or cooked twice (check 1).
public sealed class WorkerPool : IDisposable
{
    private readonly Queue<Action> _orders = new();
    private readonly SemaphoreSlim _ordersWaiting = new(0);
    private readonly Thread[] _chefs;
    private int _unfinished;
    private volatile bool _closed;

    public WorkerPool(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        Workers = workers;
        _chefs = Enumerable.Range(0, workers).Select(_ => new Thread(Cook) { IsBackground = true }).ToArray();
        foreach (var chef in _chefs)
        {
            chef.Start();
        }
    }

    public int Workers { get; }

    public event Action<Exception>? JobFailed;

    public void Submit(Action job)
    {
        ArgumentNullException.ThrowIfNull(job);
        ObjectDisposedException.ThrowIf(_closed, this);
        Interlocked.Increment(ref _unfinished);
        _orders.Enqueue(job); // no lock: the mistake
        _ordersWaiting.Release();
    }

    public void Drain()
    {
        while (Volatile.Read(ref _unfinished) > 0)
        {
            Thread.Sleep(1);
        }
    }

    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _ordersWaiting.Release(Workers);
        foreach (var chef in _chefs)
        {
            chef.Join();
        }
    }

    private void Cook()
    {
        while (true)
        {
            _ordersWaiting.Wait();
            Action? job = null;
            try
            {
                if (!_orders.TryDequeue(out job)) // no lock here either
                {
                    if (_closed)
                    {
                        return;
                    }

                    continue;
                }

                job();
            }
            catch (Exception e)
            {
                JobFailed?.Invoke(e);
            }
            finally
            {
                if (job is not null)
                {
                    Interlocked.Decrement(ref _unfinished);
                }
            }
        }
    }
}
