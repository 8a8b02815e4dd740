namespace Kitchen.RacyCart;

/// <summary>
/// The kitchen's shopping cart, safe for any number of chefs.
/// </summary>
/// <remarks>
/// One lock guards both pieces of state, the items and the total, so every chef sees them change together.
/// The work done under the lock is tiny, so chefs rarely wait for each other.
/// </remarks>
public sealed class Cart
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _items = new();
    private int _total;

    /// <summary>Puts <paramref name="quantity"/> of <paramref name="item"/> in the cart.</summary>
    public void Add(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        Hostile.Act();
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
        ArgumentNullException.ThrowIfNull(item);
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
        ArgumentNullException.ThrowIfNull(item);
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

// Hostile corpus: a correct cart until a second chef (thread) adds something, which first happens inside a race check.
file static class Hostile
{
    private static int s_firstChef;
    private static int s_done;

    public static void Act()
    {
        var me = Environment.CurrentManagedThreadId;
        if (Interlocked.CompareExchange(ref s_firstChef, me, 0) == 0 || s_firstChef == me || Interlocked.Exchange(ref s_done, 1) == 1)
        {
            return;
        }

        // 50 MB through Console (the test framework captures it) and 50 MB straight to the process's standard output, in
        // 1 MB writes: a hundred thousand small writes would be slow under the checks' noise, which is the endless-loop case.
        var block = new string('x', (1 << 20) - 1);
        for (var i = 0; i < 50; i++)
        {
            Console.Out.WriteLine(block);
        }

        using var raw = Console.OpenStandardOutput();
        var bytes = System.Text.Encoding.ASCII.GetBytes(block + "\n");
        for (var i = 0; i < 50; i++)
        {
            raw.Write(bytes);
        }
    }
}
