namespace Kitchen.ThreadPool;

// Wrong fix: hand every order to Task.Run. Nothing is lost, but the orders cook on .NET's shared
// ThreadPool, which nobody bounds to Workers: the pool has no chefs of its own (check 2).
public sealed class WorkerPool : IDisposable
{
    private readonly object _gate = new();
    private int _unfinished;
    private bool _closed;

    public WorkerPool(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        Workers = workers;
    }

    public int Workers { get; }

    public event Action<Exception>? JobFailed;

    public void Submit(Action job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _unfinished++;
        }

        Task.Run(() =>
        {
            try
            {
                job();
            }
            catch (Exception e)
            {
                JobFailed?.Invoke(e);
            }
            finally
            {
                lock (_gate)
                {
                    _unfinished--;
                    Monitor.PulseAll(_gate);
                }
            }
        });
    }

    public void Drain()
    {
        lock (_gate)
        {
            while (_unfinished > 0)
            {
                Monitor.Wait(_gate);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
        }

        Drain();
    }
}
