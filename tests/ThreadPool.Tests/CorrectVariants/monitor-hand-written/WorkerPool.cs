namespace Kitchen.ThreadPool;

/// <summary>
/// A kitchen built by hand on <see cref="Monitor"/>: <c>Enter</c> and <c>Exit</c> written out in try/finally, a
/// linked list for the rail, and every sleeper woken with <c>PulseAll</c>.
/// </summary>
/// <remarks>
/// Chefs and Drain callers sleep on the same monitor. Waking them all whenever something changes costs a little
/// (each one looks and most go back to sleep) but can never wake the wrong one and leave an order waiting.
/// </remarks>
public sealed class WorkerPool : IDisposable
{
    private readonly object _gate = new();
    private readonly LinkedList<Action> _rail = new();
    private readonly List<Thread> _chefs = [];
    private int _cooking;
    private bool _closed;

    /// <summary>Hires <paramref name="workers"/> chefs, who wait for orders.</summary>
    public WorkerPool(int workers)
    {
        if (workers < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(workers), workers, "A kitchen needs at least one chef.");
        }

        Workers = workers;
        for (var i = 0; i < workers; i++)
        {
            var chef = new Thread(Shift) { IsBackground = true, Name = $"Chef {i + 1}" };
            _chefs.Add(chef);
            chef.Start();
        }
    }

    /// <summary>How many chefs work in this kitchen.</summary>
    public int Workers { get; }

    /// <summary>Raised on the chef's thread when a job throws; the chef then goes on with the next job.</summary>
    public event Action<Exception>? JobFailed;

    /// <summary>Pins <paramref name="job"/> at the end of the rail and wakes the kitchen.</summary>
    public void Submit(Action job)
    {
        ArgumentNullException.ThrowIfNull(job);
        Monitor.Enter(_gate);
        try
        {
            if (_closed)
            {
                throw new ObjectDisposedException(nameof(WorkerPool), "The kitchen is closed: no more orders.");
            }

            _rail.AddLast(job);
            Monitor.PulseAll(_gate);
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }

    /// <summary>Waits until the rail is empty and no chef is cooking.</summary>
    public void Drain()
    {
        Monitor.Enter(_gate);
        try
        {
            while (_rail.Count > 0 || _cooking > 0)
            {
                Monitor.Wait(_gate);
            }
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }

    /// <summary>Stops taking orders, lets the chefs cook every accepted job, then waits for them to leave.</summary>
    public void Dispose()
    {
        Monitor.Enter(_gate);
        try
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            Monitor.PulseAll(_gate);
        }
        finally
        {
            Monitor.Exit(_gate);
        }

        foreach (var chef in _chefs)
        {
            if (chef != Thread.CurrentThread)
            {
                chef.Join();
            }
        }
    }

    private void Shift()
    {
        while (TakeNext() is { } job)
        {
            try
            {
                job();
            }
            catch (Exception e)
            {
                try
                {
                    JobFailed?.Invoke(e);
                }
                catch (Exception)
                {
                    // A handler that throws must not send the chef home either.
                }
            }

            Monitor.Enter(_gate);
            try
            {
                _cooking--;
                Monitor.PulseAll(_gate);
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }
    }

    // The next order, counted as cooking from the moment it leaves the rail; null once closed and empty.
    private Action? TakeNext()
    {
        Monitor.Enter(_gate);
        try
        {
            while (_rail.Count == 0)
            {
                if (_closed)
                {
                    return null;
                }

                Monitor.Wait(_gate);
            }

            var job = _rail.First!.Value;
            _rail.RemoveFirst();
            _cooking++;
            return job;
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }
}
