using System.Runtime.CompilerServices;

namespace Kitchen.RacyCart;

// Correct variant: [MethodImpl(MethodImplOptions.Synchronized)] makes the runtime lock the cart around each member.
public sealed class Cart
{
    private readonly Dictionary<string, int> _items = new();
    private int _total;

    [MethodImpl(MethodImplOptions.Synchronized)]
    public void Add(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        _items.TryGetValue(item, out var current);
        _items[item] = current + quantity;
        _total += quantity;
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
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

    [MethodImpl(MethodImplOptions.Synchronized)]
    public int QuantityOf(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _items.TryGetValue(item, out var quantity) ? quantity : 0;
    }

    public int TotalQuantity
    {
        [MethodImpl(MethodImplOptions.Synchronized)]
        get => _total;
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_items);
}
