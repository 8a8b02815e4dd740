namespace Kitchen.RacyCart;

// Correct variant: one SpinLock guards the items and the total. It is a struct, so the field must not be readonly
// (a readonly one hands every call a fresh copy, and nobody would wait for anybody); owner tracking is off, as it
// usually is for speed, so every Enter is paired with exactly one Exit in a finally.
public sealed class Cart
{
    private readonly Dictionary<string, int> _items = new();
    private SpinLock _gate = new(enableThreadOwnerTracking: false);
    private int _total;

    public void Add(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        var taken = false;
        try
        {
            _gate.Enter(ref taken);
            _items[item] = _items.GetValueOrDefault(item) + quantity;
            _total += quantity;
        }
        finally
        {
            if (taken)
            {
                _gate.Exit();
            }
        }
    }

    public bool TryRemove(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        var taken = false;
        try
        {
            _gate.Enter(ref taken);
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
            if (taken)
            {
                _gate.Exit();
            }
        }
    }

    public int QuantityOf(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var taken = false;
        try
        {
            _gate.Enter(ref taken);
            return _items.TryGetValue(item, out var quantity) ? quantity : 0;
        }
        finally
        {
            if (taken)
            {
                _gate.Exit();
            }
        }
    }

    public int TotalQuantity
    {
        get
        {
            var taken = false;
            try
            {
                _gate.Enter(ref taken);
                return _total;
            }
            finally
            {
                if (taken)
                {
                    _gate.Exit();
                }
            }
        }
    }

    public IReadOnlyDictionary<string, int> Snapshot()
    {
        var taken = false;
        try
        {
            _gate.Enter(ref taken);
            return new Dictionary<string, int>(_items);
        }
        finally
        {
            if (taken)
            {
                _gate.Exit();
            }
        }
    }
}
