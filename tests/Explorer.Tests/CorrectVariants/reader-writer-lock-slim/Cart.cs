namespace Kitchen.RacyCart;

// Correct variant: readers share a ReaderWriterLockSlim, writers take it alone.
public sealed class Cart
{
    private readonly ReaderWriterLockSlim _gate = new();
    private readonly Dictionary<string, int> _items = new();
    private int _total;

    public void Add(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        _gate.EnterWriteLock();
        try
        {
            _items.TryGetValue(item, out var current);
            _items[item] = current + quantity;
            _total += quantity;
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    public bool TryRemove(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        _gate.EnterWriteLock();
        try
        {
            if (!_items.TryGetValue(item, out var current) || current < quantity)
            {
                return false;
            }

            if (current == quantity)
            {
                _items.Remove(item);
            }
            else
            {
                _items[item] = current - quantity;
            }

            _total -= quantity;
            return true;
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    public int QuantityOf(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _gate.EnterReadLock();
        try
        {
            return _items.TryGetValue(item, out var quantity) ? quantity : 0;
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    public int TotalQuantity
    {
        get
        {
            _gate.EnterReadLock();
            try
            {
                return _total;
            }
            finally
            {
                _gate.ExitReadLock();
            }
        }
    }

    public IReadOnlyDictionary<string, int> Snapshot()
    {
        _gate.EnterReadLock();
        try
        {
            return new Dictionary<string, int>(_items);
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }
}
