using System.Collections.Concurrent;

namespace Kitchen.RacyCart;

// Wrong fix: a ConcurrentDictionary makes each call atomic, but TryRemove checks with one call and acts with
// another, so two chefs can both see the last tomato and both take it.
// Should fail: racing removes (check 3).
public sealed class Cart
{
    private readonly ConcurrentDictionary<string, int> _items = new();
    private int _total;

    public void Add(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        _items.AddOrUpdate(item, quantity, (_, current) => current + quantity);
        Interlocked.Add(ref _total, quantity);
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
            _items.TryRemove(item, out _);
        }
        else
        {
            _items[item] = current - quantity;
        }

        Interlocked.Add(ref _total, -quantity);
        return true;
    }

    public int QuantityOf(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _items.TryGetValue(item, out var quantity) ? quantity : 0;
    }

    public int TotalQuantity => Volatile.Read(ref _total);

    public IReadOnlyDictionary<string, int> Snapshot() => _items.ToArray().ToDictionary(p => p.Key, p => p.Value);
}
