namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Long-lived threads, one per chef, reused from schedule to schedule: starting threads costs more than a whole
/// schedule of the kata's scenarios. A thread left stuck outside the model is never reused: the set is then retired.
/// </summary>
internal sealed class ChefThreads : IDisposable
{
    private readonly Worker[] _workers;

    public ChefThreads(int count) => _workers = Enumerable.Range(0, count).Select(i => new Worker(i)).ToArray();

    /// <summary>False once a thread did not come back from its work: the explorer makes a new set.</summary>
    public bool Healthy { get; private set; } = true;

    public void Run(int chef, Action work) => _workers[chef].Run(work);

    /// <summary>Waits until every thread is back from its work; retires the set when one is not.</summary>
    public bool WaitIdle(TimeSpan timeout)
    {
        var idle = _workers.All(w => w.WaitIdle(timeout));
        Healthy &= idle;
        return idle;
    }

    public void Dispose()
    {
        foreach (var worker in _workers)
        {
            worker.Stop();
        }
    }

    private sealed class Worker
    {
        private readonly SemaphoreSlim _go = new(0);
        private readonly ManualResetEventSlim _idle = new(true);
        private Action? _work;

        public Worker(int index)
        {
            var thread = new Thread(Loop, 256 * 1024)
            {
                IsBackground = true, // a chef stuck outside the model must never keep the process alive
                Name = $"explorer chef {index + 1}",
            };
            thread.Start();
        }

        public void Run(Action work)
        {
            _idle.Reset();
            Volatile.Write(ref _work, work);
            _go.Release();
        }

        public bool WaitIdle(TimeSpan timeout) => _idle.Wait(timeout);

        public void Stop()
        {
            Volatile.Write(ref _work, null);
            _go.Release();
        }

        private void Loop()
        {
            while (true)
            {
                _go.Wait();
                var work = Volatile.Read(ref _work);
                if (work is null)
                {
                    return;
                }

                try
                {
                    work();
                }
                finally
                {
                    _idle.Set();
                }
            }
        }
    }
}
