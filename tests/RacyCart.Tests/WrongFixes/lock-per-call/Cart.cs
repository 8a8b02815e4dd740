namespace Kitchen.RacyCart;

// Wrong fix: every call locks a brand-new object, so no two chefs ever wait for each other.
// Should fail: every race check (1 to 4).
public sealed class Cart
{
    private readonly Dictionary<string, int> _items = new();
    private int _total;

    public void Add(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        lock (new object())
        {
            _items.TryGetValue(item, out var current);
            _items[item] = current + quantity;
            _total += quantity;
        }
    }

    public bool TryRemove(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        lock (new object())
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
        lock (new object())
        {
            return _items.TryGetValue(item, out var quantity) ? quantity : 0;
        }
    }

    public int TotalQuantity
    {
        get
        {
            lock (new object())
            {
                return _total;
            }
        }
    }

    public IReadOnlyDictionary<string, int> Snapshot()
    {
        lock (new object())
        {
            return new Dictionary<string, int>(_items);
        }
    }
}
