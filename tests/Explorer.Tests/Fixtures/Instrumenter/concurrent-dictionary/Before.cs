using System.Collections.Concurrent;

namespace Kitchen;

public sealed class Shelf
{
    private readonly ConcurrentDictionary<string, int> _items = new();

    public void Put(string item) => _items.AddOrUpdate(item, 1, (_, n) => n + 1);

    public bool Take(string item) => _items.TryRemove(item, out _);

    public int Peek(string item) => _items[item];
}
