namespace Kitchen.ThreadPool;

// Wrong fix: a correct crew and queue, but Dispose empties the queue before the chefs leave:
// orders already accepted are thrown away (check 4).
public sealed class WorkerPool : IDisposable
{
    private readonly Queue<Action> _orders = new();
    private readonly List<Thread> _chefs = [];
    private int _unfinished;
    private bool _closed;

    public WorkerPool(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        Workers = workers;
        while (_chefs.Count < workers)
        {
            var chef = new Thread(Cook) { IsBackground = true };
            _chefs.Add(chef);
            chef.Start();
        }
    }

    public int Workers { get; }

    public event Action<Exception>? JobFailed;

    public void Submit(Action job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_orders)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _orders.Enqueue(job);
            _unfinished++;
            Monitor.PulseAll(_orders);
        }
    }

    public void Drain()
    {
        lock (_orders)
        {
            while (_unfinished > 0)
            {
                Monitor.Wait(_orders);
            }
        }
    }

    public void Dispose()
    {
        lock (_orders)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            _unfinished -= _orders.Count;
            _orders.Clear(); // the mistake: "closing time" throws away orders that were accepted
            Monitor.PulseAll(_orders);
        }

        _chefs.ForEach(chef => chef.Join());
    }

    private void Cook()
    {
        while (true)
        {
            Action job;
            lock (_orders)
            {
                while (_orders.Count == 0)
                {
                    if (_closed)
                    {
                        return;
                    }

                    Monitor.Wait(_orders);
                }

                job = _orders.Dequeue();
            }

            try
            {
                job();
            }
            catch (Exception e)
            {
                JobFailed?.Invoke(e);
            }

            lock (_orders)
            {
                _unfinished--;
                Monitor.PulseAll(_orders);
            }
        }
    }
}
