namespace Kitchen;

public sealed class Menu
{
    private readonly ReaderWriterLockSlim _gate = new();
    private string _dish = "soup";

    public string? TryRead()
    {
        if (!_gate.TryEnterReadLock(10))
        {
            return null;
        }

        try
        {
            return _dish;
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    public bool TryWrite(string dish, TimeSpan patience)
    {
        if (!_gate.TryEnterWriteLock(patience))
        {
            return false;
        }

        _dish = dish;
        _gate.ExitWriteLock();
        return true;
    }

    public bool TryUpgrade(string dish)
    {
        if (!_gate.TryEnterUpgradeableReadLock(0))
        {
            return false;
        }

        try
        {
            if (_dish == dish)
            {
                return false;
            }

            _gate.EnterWriteLock();
            _dish = dish;
            _gate.ExitWriteLock();
            return true;
        }
        finally
        {
            _gate.ExitUpgradeableReadLock();
        }
    }
}
