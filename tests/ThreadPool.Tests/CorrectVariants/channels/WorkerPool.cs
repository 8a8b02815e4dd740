using System.Threading.Channels;

namespace Kitchen.ThreadPool;

/// <summary>
/// A kitchen whose rail is a <see cref="Channel{T}"/>: waiters write orders in, a fixed crew of chef threads reads
/// them out. A chef with nothing to read sleeps in <c>WaitToReadAsync</c>, waited on by its own thread.
/// </summary>
/// <remarks>
/// The chefs are threads of the pool's own, never the shared ThreadPool: each one blocks on the channel and cooks
/// on its own thread. The count of unfinished orders is kept with Interlocked; Drain sleeps on a monitor that the
/// chef who finishes the last order pulses.
/// </remarks>
public sealed class WorkerPool : IDisposable
{
    private readonly Channel<Action> _rail = Channel.CreateUnbounded<Action>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
    private readonly object _door = new(); // Submit and Dispose agree under it on whether an order got in
    private readonly object _drained = new();
    private readonly Thread[] _chefs;
    private int _unfinished;
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

    /// <summary>Writes <paramref name="job"/> into the channel; a free chef will cook it.</summary>
    public void Submit(Action job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_door)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            Interlocked.Increment(ref _unfinished);
            _rail.Writer.TryWrite(job); // an unbounded channel that is still open always takes it
        }
    }

    /// <summary>Waits until every job submitted so far has been cooked.</summary>
    public void Drain()
    {
        lock (_drained)
        {
            while (Volatile.Read(ref _unfinished) > 0)
            {
                Monitor.Wait(_drained);
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
            _rail.Writer.Complete(); // readers finish what is in the channel, then see it end
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
        var reader = _rail.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var job))
            {
                Cook(job);
            }
        }
    }

    private void Cook(Action job)
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

        if (Interlocked.Decrement(ref _unfinished) == 0)
        {
            lock (_drained)
            {
                Monitor.PulseAll(_drained);
            }
        }
    }
}
