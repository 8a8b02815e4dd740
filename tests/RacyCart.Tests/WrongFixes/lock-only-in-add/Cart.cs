namespace Kitchen.RacyCart;

// Wrong fix: Add takes the lock, but TryRemove, QuantityOf, TotalQuantity and Snapshot do not.
// Should fail: racing removes (check 3) and snapshot/total agreement (check 4).
public sealed class Cart
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _items = new();
    private int _total;

    public void Add(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        lock (_gate)
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

    public int QuantityOf(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _items.TryGetValue(item, out var quantity) ? quantity : 0;
    }

    public int TotalQuantity => _total;

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_items);
}
