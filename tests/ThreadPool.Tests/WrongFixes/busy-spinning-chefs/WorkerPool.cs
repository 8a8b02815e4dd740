using System.Collections.Concurrent;

namespace Kitchen.ThreadPool;

// Wrong fix: a bounded crew on a ConcurrentQueue, correct in every count, but a chef with no order
// keeps checking the empty queue in a loop: an idle kitchen burns whole cores (check 6).
public sealed class WorkerPool : IDisposable
{
    private readonly ConcurrentQueue<Action> _orders = new();
    private readonly Thread[] _chefs;
    private int _unfinished;
    private volatile bool _closed;

    public WorkerPool(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        Workers = workers;
        _chefs = new Thread[workers];
        for (var i = 0; i < workers; i++)
        {
            _chefs[i] = new Thread(Cook) { IsBackground = true };
            _chefs[i].Start();
        }
    }

    public int Workers { get; }

    public event Action<Exception>? JobFailed;

    public void Submit(Action job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_chefs)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            Interlocked.Increment(ref _unfinished);
            _orders.Enqueue(job);
        }
    }

    public void Drain()
    {
        var spinner = new SpinWait();
        while (Volatile.Read(ref _unfinished) > 0)
        {
            spinner.SpinOnce();
        }
    }

    public void Dispose()
    {
        lock (_chefs)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
        }

        foreach (var chef in _chefs)
        {
            chef.Join();
        }
    }

    private void Cook()
    {
        while (true)
        {
            if (_orders.TryDequeue(out var job))
            {
                try
                {
                    job();
                }
                catch (Exception e)
                {
                    JobFailed?.Invoke(e);
                }

                Interlocked.Decrement(ref _unfinished);
            }
            else if (_closed)
            {
                return;
            }
            else
            {
                Thread.SpinWait(64); // the mistake: pacing up and down instead of sleeping until an order comes
            }
        }
    }
}
