using System.Collections.Concurrent;

namespace Kitchen.RacyCart;

/// <summary>
/// The kitchen's shopping cart, built from parts that are each safe for many chefs.
/// </summary>
/// <remarks>
/// A student's cart with one mistake: each piece of state is safe on its own (a ConcurrentDictionary, an Interlocked
/// total), but nothing makes them change together.
/// </remarks>
public sealed class Cart
{
    private readonly ConcurrentDictionary<string, int> _items = new();
    private int _total;

    /// <summary>Puts <paramref name="quantity"/> of <paramref name="item"/> in the cart.</summary>
    public void Add(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        _items.AddOrUpdate(item, quantity, (_, current) => current + quantity);
        Interlocked.Add(ref _total, quantity);
    }

    /// <summary>Takes <paramref name="quantity"/> of <paramref name="item"/> out; false, and no change, if there are fewer.</summary>
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

            // Compare-and-swap: the change only lands if nobody changed the count since we read it.
            var changed = current == quantity
                ? _items.TryRemove(new KeyValuePair<string, int>(item, current))
                : _items.TryUpdate(item, current - quantity, current);
            if (changed)
            {
                Interlocked.Add(ref _total, -quantity);
                return true;
            }
        }
    }

    /// <summary>How many of <paramref name="item"/> are in the cart (0 when there are none).</summary>
    public int QuantityOf(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _items.TryGetValue(item, out var quantity) ? quantity : 0;
    }

    /// <summary>How many things are in the cart altogether.</summary>
    public int TotalQuantity => Volatile.Read(ref _total);

    /// <summary>A copy of the cart's contents, taken at one instant.</summary>
    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_items);
}
