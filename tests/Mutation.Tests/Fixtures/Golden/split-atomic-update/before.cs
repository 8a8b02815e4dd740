using System.Collections.Concurrent;

namespace Golden;

public sealed class Tally
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public int Add(string dish) => _counts.AddOrUpdate(dish, 1, (_, n) => n + 1);

    public int Seen(string dish) => _counts.GetOrAdd(dish, _ => 0);

    public bool Double(string dish, int was) => _counts.TryUpdate(dish, was * 2, was);
}
