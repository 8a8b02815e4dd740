using System.Collections.Immutable;

namespace Kitchen.RacyCart;

// Correct variant: the items and the total live together in one immutable snapshot; a chef builds the next
// snapshot and swaps it in with Interlocked.CompareExchange, retrying if another chef swapped first.
public sealed class Cart
{
    private State _state = new(ImmutableDictionary<string, int>.Empty, 0);

    public void Add(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        State seen, next;
        do
        {
            seen = Volatile.Read(ref _state);
            next = new State(seen.Items.SetItem(item, seen.Items.GetValueOrDefault(item) + quantity), seen.Total + quantity);
        }
        while (Interlocked.CompareExchange(ref _state, next, seen) != seen);
    }

    public bool TryRemove(string item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        while (true)
        {
            var seen = Volatile.Read(ref _state);
            if (!seen.Items.TryGetValue(item, out var current) || current < quantity)
            {
                return false;
            }

            var items = current == quantity ? seen.Items.Remove(item) : seen.Items.SetItem(item, current - quantity);
            if (Interlocked.CompareExchange(ref _state, new State(items, seen.Total - quantity), seen) == seen)
            {
                return true;
            }
        }
    }

    public int QuantityOf(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _state.Items.GetValueOrDefault(item);
    }

    public int TotalQuantity => _state.Total;

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_state.Items);

    private sealed record State(ImmutableDictionary<string, int> Items, int Total);
}
