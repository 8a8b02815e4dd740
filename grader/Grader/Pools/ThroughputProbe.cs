using System.Diagnostics;

namespace KitchenKatas.Grader.Pools;

/// <summary>
/// Measures how many jobs per second a given number of chefs finish on a <see cref="SimulatedStove"/>.
/// The chefs are plain dedicated threads taking jobs one after the other: the grader's own minimal pool,
/// so the measurement grades a pool size, never the learner's pool code.
/// </summary>
/// <remarks>
/// The crew is hired once, as large as the largest sample needs, and each sample calls on its first few
/// chefs. Starting hundreds of threads for every sample took seconds on a loaded machine.
/// </remarks>
public sealed class ThroughputProbe : IDisposable
{
    private readonly object _gate = new();
    private readonly SimulatedStove _stove;
    private readonly Thread[] _chefs;
    private Shift? _shift;
    private long _generation;
    private bool _closed;

    /// <summary>Hires <paramref name="chefs"/> idle chefs for <paramref name="stove"/>.</summary>
    public ThroughputProbe(SimulatedStove stove, int chefs)
    {
        ArgumentNullException.ThrowIfNull(stove);
        ArgumentOutOfRangeException.ThrowIfLessThan(chefs, 1);
        _stove = stove;
        _chefs = new Thread[chefs];
        for (var i = 0; i < chefs; i++)
        {
            var index = i;
            _chefs[i] = new Thread(() => Serve(index)) { IsBackground = true, Name = $"sweep chef {i + 1}" };
            _chefs[i].Start();
        }
    }

    /// <summary>
    /// Lets the first <paramref name="threads"/> chefs cook <paramref name="workload"/> for a warm-up and then
    /// <paramref name="window"/>, and returns the jobs finished inside the window per second.
    /// </summary>
    public double JobsPerSecond(Workload workload, int threads, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threads, _chefs.Length);

        // A job cycle plus some slack: the chefs start in step, and waking hundreds of them takes a moment.
        var warmUp = workload.Wait + workload.Compute + TimeSpan.FromMilliseconds(20);
        using var shift = new Shift(workload, threads, warmUp, window);
        lock (_gate)
        {
            _shift = shift;
            _generation++;
            Monitor.PulseAll(_gate);
        }

        Thread.Sleep(warmUp + window);
        var counted = Interlocked.Read(ref shift.Finished);
        shift.Stop.Cancel();
        shift.Done.Wait();
        return counted / window.TotalSeconds;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
            Monitor.PulseAll(_gate);
        }

        foreach (var chef in _chefs)
        {
            chef.Join();
        }
    }

    private void Serve(int index)
    {
        long seen = 0;
        while (true)
        {
            Shift shift;
            lock (_gate)
            {
                while (_generation == seen && !_closed)
                {
                    Monitor.Wait(_gate);
                }

                if (_closed)
                {
                    return;
                }

                seen = _generation;
                shift = _shift!;
            }

            if (index < shift.Threads)
            {
                shift.Cook(_stove);
            }
        }
    }

    // One sample: who cooks, what, and the count of jobs finished inside the window.
    private sealed class Shift(Workload workload, int threads, TimeSpan warmUp, TimeSpan window) : IDisposable
    {
        public long Finished;

        public int Threads { get; } = threads;

        public CancellationTokenSource Stop { get; } = new();

        public CountdownEvent Done { get; } = new(threads);

        private Stopwatch Clock { get; } = Stopwatch.StartNew();

        public void Cook(SimulatedStove stove)
        {
            try
            {
                while (!Stop.IsCancellationRequested && stove.Cook(workload, Stop.Token))
                {
                    var at = Clock.Elapsed;
                    if (at >= warmUp && at < warmUp + window)
                    {
                        Interlocked.Increment(ref Finished);
                    }
                }
            }
            finally
            {
                Done.Signal();
            }
        }

        public void Dispose()
        {
            Stop.Dispose();
            Done.Dispose();
        }
    }
}
