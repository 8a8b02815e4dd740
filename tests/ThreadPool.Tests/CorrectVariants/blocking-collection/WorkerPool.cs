using System.Collections.Concurrent;

namespace Kitchen.ThreadPool;

/// <summary>
/// A kitchen with a fixed crew of chefs who take orders from a <see cref="BlockingCollection{T}"/>: the rail that
/// makes a chef sleep while it is empty and lets the chefs go home once it is closed and empty.
/// </summary>
/// <remarks>
/// The rail is safe for many threads on its own. What it cannot do is tell "accepted" from "refused" when Submit
/// races Dispose, and count what is still cooking for Drain: a small lock does both.
/// </remarks>
public sealed class WorkerPool : IDisposable
{
    private readonly BlockingCollection<Action> _rail = new();
    private readonly object _books = new(); // guards _unfinished and _closed, and is the monitor Drain sleeps on
    private readonly Thread[] _chefs;
    private int _unfinished;
    private bool _closed;

    /// <summary>Hires <paramref name="workers"/> chefs, who wait for orders.</summary>
    public WorkerPool(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        Workers = workers;
        _chefs = Enumerable.Range(1, workers).Select(n => new Thread(Shift) { IsBackground = true, Name = $"Chef {n}" }).ToArray();
        foreach (var chef in _chefs)
        {
            chef.Start();
        }
    }

    /// <summary>How many chefs work in this kitchen.</summary>
    public int Workers { get; }

    /// <summary>Raised on the chef's thread when a job throws; the chef then goes on with the next job.</summary>
    public event Action<Exception>? JobFailed;

    /// <summary>Pins <paramref name="job"/> on the rail; a free chef will cook it.</summary>
    public void Submit(Action job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_books)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _unfinished++;
            _rail.Add(job); // never blocks: the rail has no upper bound
        }
    }

    /// <summary>Waits until every job submitted so far has been cooked.</summary>
    public void Drain()
    {
        lock (_books)
        {
            while (_unfinished > 0)
            {
                Monitor.Wait(_books);
            }
        }
    }

    /// <summary>Stops taking orders, lets the chefs cook every accepted job, then waits for them to leave.</summary>
    public void Dispose()
    {
        lock (_books)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            _rail.CompleteAdding(); // the chefs leave once the rail is empty
        }

        foreach (var chef in _chefs.Where(c => c != Thread.CurrentThread))
        {
            chef.Join();
        }
    }

    private void Shift()
    {
        foreach (var job in _rail.GetConsumingEnumerable())
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

            lock (_books)
            {
                if (--_unfinished == 0)
                {
                    Monitor.PulseAll(_books);
                }
            }
        }
    }
}
