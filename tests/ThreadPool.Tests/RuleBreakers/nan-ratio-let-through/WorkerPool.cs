namespace Kitchen.ThreadPool;

/// <summary>
/// A kitchen with a fixed crew of chefs (worker threads) who take orders (jobs) from one shared queue.
/// </summary>
/// <remarks>
/// One lock guards the queue and the counters; chefs with nothing to do sleep on that lock's monitor
/// (<see cref="Monitor.Wait(object)"/>) and are woken by <see cref="Monitor.Pulse(object)"/>, so an idle kitchen
/// burns no CPU. A job that throws is caught around the job alone, so the chef goes on to the next order.
/// </remarks>
public sealed class WorkerPool : IDisposable
{
    private readonly object _gate = new();
    private readonly Queue<Action> _orders = new();
    private readonly Thread[] _chefs;
    private int _unfinished; // accepted but not finished yet: queued plus cooking
    private int _drainers; // threads waiting in Drain, who share the monitor with idle chefs
    private bool _closed;

    /// <summary>Hires <paramref name="workers"/> chefs, who wait for orders.</summary>
    public WorkerPool(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        Workers = workers;
        _chefs = new Thread[workers];
        for (var i = 0; i < workers; i++)
        {
            // Background: a kitchen someone forgot to close must not keep the whole process alive.
            _chefs[i] = new Thread(Work) { IsBackground = true, Name = $"Chef {i + 1}" };
            _chefs[i].Start();
        }
    }

    /// <summary>How many chefs work in this kitchen.</summary>
    public int Workers { get; }

    /// <summary>Raised on the chef's thread when a job throws; the chef then goes on with the next job.</summary>
    public event Action<Exception>? JobFailed;

    /// <summary>Puts <paramref name="job"/> in the queue; a free chef will run it.</summary>
    public void Submit(Action job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            // Checked under the same lock Dispose takes: a job is either refused here or surely run.
            ObjectDisposedException.ThrowIf(_closed, this);
            _orders.Enqueue(job);
            _unfinished++;

            // One pulse wakes one waiter. If a Drain caller is waiting too, that one might take it and the
            // order would sit in the queue with every chef asleep; wake everybody then.
            if (_drainers > 0)
            {
                Monitor.PulseAll(_gate);
            }
            else
            {
                Monitor.Pulse(_gate);
            }
        }
    }

    /// <summary>Waits until every job submitted so far has finished.</summary>
    public void Drain()
    {
        lock (_gate)
        {
            _drainers++;
            try
            {
                while (_unfinished > 0)
                {
                    Monitor.Wait(_gate);
                }
            }
            finally
            {
                _drainers--;
            }
        }
    }

    /// <summary>Stops taking orders, lets the chefs finish every accepted job, then waits for them to leave.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            Monitor.PulseAll(_gate);
        }

        foreach (var chef in _chefs)
        {
            // A job that disposes its own pool must not wait for itself.
            if (chef != Thread.CurrentThread)
            {
                chef.Join();
            }
        }
    }

    private void Work()
    {
        while (true)
        {
            Action job;
            lock (_gate)
            {
                while (_orders.Count == 0 && !_closed)
                {
                    Monitor.Wait(_gate);
                }

                if (_orders.Count == 0)
                {
                    return; // closed and nothing left to cook
                }

                job = _orders.Dequeue();
            }

            try
            {
                job();
            }
            catch (Exception e)
            {
                Report(e);
            }

            lock (_gate)
            {
                // PulseAll: both Drain callers and idle chefs wait on this monitor.
                if (--_unfinished == 0)
                {
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    private void Report(Exception failure)
    {
        try
        {
            JobFailed?.Invoke(failure);
        }
        catch (Exception)
        {
            // A handler that throws must not take the chef down either.
        }
    }
}
