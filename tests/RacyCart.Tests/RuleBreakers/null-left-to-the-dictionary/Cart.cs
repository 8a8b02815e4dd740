namespace Kitchen.RacyCart;

/// <summary>
/// The kitchen's shopping cart, safe for any number of chefs.
/// </summary>
/// <remarks>A student's cart with one mistake: The null checks were dropped as the Dictionary refuses null anyway: it does, but its exception names its own key parameter, not the caller's item.</remarks>
public sealed class Cart
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _items = new();
    private int _total;

    /// <summary>Puts <paramref name="quantity"/> of <paramref name="item"/> in the cart.</summary>
    public void Add(string item, int quantity = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        lock (_gate)
        {
            _items.TryGetValue(item, out var current);
            _items[item] = current + quantity;
            _total += quantity;
        }
    }

    /// <summary>Takes <paramref name="quantity"/> of <paramref name="item"/> out; false, and no change, if there are fewer.</summary>
    public bool TryRemove(string item, int quantity = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        lock (_gate)
        {
            // The check and the change happen under the same lock, so no chef can slip in between.
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

    /// <summary>How many of <paramref name="item"/> are in the cart (0 when there are none).</summary>
    public int QuantityOf(string item)
    {
        lock (_gate)
        {
            return _items.TryGetValue(item, out var quantity) ? quantity : 0;
        }
    }

    /// <summary>How many things are in the cart altogether.</summary>
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

    /// <summary>A copy of the cart's contents, taken at one instant.</summary>
    public IReadOnlyDictionary<string, int> Snapshot()
    {
        lock (_gate)
        {
            return new Dictionary<string, int>(_items);
        }
    }
}
