namespace Kitchen.Fixtures;

// Two chefs want the pass; each tries for a while (100 ms) with one of the primitives the explorer models, and gives up
// when the time runs out. A chef that saw the pass busy before trying, and still got it, must have waited.
public sealed class Kitchen
{
    private readonly object _gate = new();
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _stove = new(1, 1);
    private readonly ReaderWriterLockSlim _menu = new();
    private readonly object _knives = new();
    private readonly object _boards = new();
    private SpinLock _spin = new(enableThreadOwnerTracking: true);
    private bool _busy;
    private int _served;
    private int _gaveUp;
    private int _waitedAndServed;

    public Tally Tally => new(_served, _gaveUp, _waitedAndServed);

    public void Serve(string how)
    {
        var sawBusy = _busy;
        var taken = false;
        if (!Take(how, ref taken))
        {
            _gaveUp++;
            return;
        }

        _busy = true;
        _served++;
        if (sawBusy)
        {
            _waitedAndServed++;
        }

        _busy = false;
        Give(how);
    }

    // Each chef holds one tool and tries, for a while, to get the other: the real timeouts end what would be a deadlock.
    public void PrepareVegetables() => BothTools(_knives, _boards);

    public void PrepareMeat() => BothTools(_boards, _knives);

    private void BothTools(object first, object second)
    {
        lock (first)
        {
            // Each chef holds a different lock here, so the counts need Interlocked.
            if (Monitor.TryEnter(second, 100))
            {
                Interlocked.Increment(ref _served);
                Monitor.Exit(second);
            }
            else
            {
                Interlocked.Increment(ref _gaveUp);
            }
        }
    }

    private bool Take(string how, ref bool taken)
    {
        switch (how)
        {
            case "Monitor":
                return Monitor.TryEnter(_gate, 100);
            case "Lock":
                return _lock.TryEnter(TimeSpan.FromMilliseconds(100));
            case "SemaphoreSlim":
                return _stove.Wait(100);
            case "SemaphoreSlim.WaitAsync":
                return _stove.WaitAsync(100).GetAwaiter().GetResult();
            case "ReaderWriterLockSlim":
                return _menu.TryEnterWriteLock(100);
            default:
                _spin.TryEnter(100, ref taken);
                return taken;
        }
    }

    private void Give(string how)
    {
        switch (how)
        {
            case "Monitor":
                Monitor.Exit(_gate);
                break;
            case "Lock":
                _lock.Exit();
                break;
            case "SemaphoreSlim" or "SemaphoreSlim.WaitAsync":
                _stove.Release();
                break;
            case "ReaderWriterLockSlim":
                _menu.ExitWriteLock();
                break;
            default:
                _spin.Exit();
                break;
        }
    }
}

public sealed record Tally(int Served, int GaveUp, int WaitedAndServed);
