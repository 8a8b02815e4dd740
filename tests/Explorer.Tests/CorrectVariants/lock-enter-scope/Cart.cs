namespace Kitchen.RacyCart;

// Correct variant: a System.Threading.Lock taken with EnterScope() in a using, and with Enter/Exit by hand.
public sealed class Cart
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _items = new();
    private int _total;

    public void Add(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        using (_gate.EnterScope())
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
        _gate.Enter();
        try
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
        finally
        {
            _gate.Exit();
        }
    }

    public int QuantityOf(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        using (_gate.EnterScope())
        {
            return _items.TryGetValue(item, out var quantity) ? quantity : 0;
        }
    }

    public int TotalQuantity
    {
        get
        {
            using (_gate.EnterScope())
            {
                return _total;
            }
        }
    }

    public IReadOnlyDictionary<string, int> Snapshot()
    {
        using (_gate.EnterScope())
        {
            return new Dictionary<string, int>(_items);
        }
    }
}
