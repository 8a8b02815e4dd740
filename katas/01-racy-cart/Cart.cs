namespace Kitchen.RacyCart;

/// <summary>
/// The kitchen's shopping cart. Every chef (thread) in the kitchen shares this one cart.
/// </summary>
/// <remarks>
/// This cart works perfectly while one chef uses it. Run the checks to see what happens
/// when several chefs use it at the same moment, then make it safe.
/// You may add private fields, private methods and usings; keep the public members as they are.
/// </remarks>
public sealed class Cart
{
    private readonly Dictionary<string, int> _items = new();
    private int _total;

    /// <summary>Puts <paramref name="quantity"/> of <paramref name="item"/> in the cart.</summary>
    public void Add(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);

        // TODO: two chefs can run these lines at the same moment.
        _items.TryGetValue(item, out var current);
        _items[item] = current + quantity;
        _total += quantity;
    }

    /// <summary>Takes <paramref name="quantity"/> of <paramref name="item"/> out; false, and no change, if there are fewer.</summary>
    public bool TryRemove(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);

        // TODO: between the check and the change, another chef can take the same item.
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

    /// <summary>How many of <paramref name="item"/> are in the cart (0 when there are none).</summary>
    public int QuantityOf(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _items.TryGetValue(item, out var quantity) ? quantity : 0;
    }

    /// <summary>How many things are in the cart altogether.</summary>
    public int TotalQuantity => _total;

    /// <summary>A copy of the cart's contents, taken at one instant.</summary>
    public IReadOnlyDictionary<string, int> Snapshot()
    {
        // TODO: another chef may be changing the cart while this copy is made.
        return new Dictionary<string, int>(_items);
    }
}
