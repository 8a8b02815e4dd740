namespace Kitchen.RacyCart;

// Correct variant: one plain object as the lock, taken with Monitor.Enter/Exit by hand in one member and with
// lock statements in the others.
public sealed class Cart
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _items = new();
    private int _total;

    public void Add(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        var taken = false;
        try
        {
            Monitor.Enter(_gate, ref taken);
            _items[item] = _items.GetValueOrDefault(item) + quantity;
            _total += quantity;
        }
        finally
        {
            if (taken)
            {
                Monitor.Exit(_gate);
            }
        }
    }

    public bool TryRemove(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        lock (_gate)
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
    }

    public int QuantityOf(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            return _items.TryGetValue(item, out var quantity) ? quantity : 0;
        }
    }

    public int TotalQuantity
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    public IReadOnlyDictionary<string, int> Snapshot()
    {
        lock (_gate)
        {
            return new Dictionary<string, int>(_items);
        }
    }
}
