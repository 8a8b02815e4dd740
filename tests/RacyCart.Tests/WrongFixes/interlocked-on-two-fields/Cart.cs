using System.Collections.Concurrent;

namespace Kitchen.RacyCart;

// Wrong fix: each piece of state is thread-safe on its own (a ConcurrentDictionary, Interlocked on the total),
// but the two change one after the other, so a chef can see the items updated and the total not yet.
// Should fail: snapshot/total agreement (check 4) only.
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
        while (true)
        {
            if (!_items.TryGetValue(item, out var current) || current < quantity)
            {
                return false;
            }

            var taken = current == quantity
                ? _items.TryRemove(new KeyValuePair<string, int>(item, current))
                : _items.TryUpdate(item, current - quantity, current);
            if (taken)
            {
                Interlocked.Add(ref _total, -quantity);
                return true;
            }
        }
    }

    public int QuantityOf(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _items.TryGetValue(item, out var quantity) ? quantity : 0;
    }

    public int TotalQuantity => Volatile.Read(ref _total);

    public IReadOnlyDictionary<string, int> Snapshot() => _items.ToArray().ToDictionary(p => p.Key, p => p.Value);
}
