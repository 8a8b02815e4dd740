namespace Kitchen;

public sealed class Menu
{
    private readonly ReaderWriterLockSlim _gate = new();
    private string _dish = "soup";

    public string Read()
    {
        _gate.EnterReadLock();
        try
        {
            return _dish;
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    public void Write(string dish)
    {
        _gate.EnterWriteLock();
        try
        {
            _dish = dish;
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }
}
