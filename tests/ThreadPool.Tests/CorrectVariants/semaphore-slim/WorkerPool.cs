using System.Collections.Concurrent;

namespace Kitchen.ThreadPool;

/// <summary>
/// A kitchen where a <see cref="SemaphoreSlim"/> counts the tickets on the rail: each order pinned releases one
/// permit, and a chef sleeps in <c>Wait()</c> until there is a ticket to take.
/// </summary>
/// <remarks>
/// A permit is released only after its order is on the rail, so a chef holding one always finds a ticket until the
/// kitchen closes. Closing releases one extra permit per chef: a chef who then finds the rail empty goes home.
/// </remarks>
public sealed class WorkerPool : IDisposable
{
    private readonly ConcurrentQueue<Action> _rail = new();
    private readonly SemaphoreSlim _tickets = new(0);
    private readonly object _door = new(); // Submit and Dispose agree under it on whether an order got in
    private readonly Thread[] _chefs;
    private int _unfinished; // guarded by _door; Drain sleeps on _door's monitor
    private bool _closed;

    /// <summary>Hires <paramref name="workers"/> chefs, who wait for orders.</summary>
    public WorkerPool(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        Workers = workers;
        _chefs = new Thread[workers];
        for (var i = 0; i < workers; i++)
        {
            _chefs[i] = new Thread(Shift) { IsBackground = true, Name = $"Chef {i + 1}" };
            _chefs[i].Start();
        }
    }

    /// <summary>How many chefs work in this kitchen.</summary>
    public int Workers { get; }

    /// <summary>Raised on the chef's thread when a job throws; the chef then goes on with the next job.</summary>
    public event Action<Exception>? JobFailed;

    /// <summary>Pins <paramref name="job"/> on the rail and releases one permit for it.</summary>
    public void Submit(Action job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_door)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _unfinished++;
            _rail.Enqueue(job);
        }

        _tickets.Release();
    }

    /// <summary>Waits until every job submitted so far has been cooked.</summary>
    public void Drain()
    {
        lock (_door)
        {
            while (_unfinished > 0)
            {
                Monitor.Wait(_door);
            }
        }
    }

    /// <summary>Stops taking orders, lets the chefs cook every accepted job, then waits for them to leave.</summary>
    public void Dispose()
    {
        lock (_door)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
        }

        _tickets.Release(Workers); // one "go home" permit per chef, after every accepted order's own
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
        while (true)
        {
            _tickets.Wait();
            if (!_rail.TryDequeue(out var job))
            {
                return; // a closing permit and an empty rail: the evening is over
            }

            try
            {
                job();
            }
            catch (Exception e)
            {
                Report(e);
            }

            lock (_door)
            {
                if (--_unfinished == 0)
                {
                    Monitor.PulseAll(_door);
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
            // A handler that throws must not send the chef home either.
        }
    }
}
