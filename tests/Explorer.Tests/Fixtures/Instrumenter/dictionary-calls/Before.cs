namespace Kitchen;

public sealed class Shelf
{
    private readonly Dictionary<string, int> _items = new();

    public void Put(string item)
    {
        _items.TryGetValue(item, out var current);
        _items[item] = current + 1;
    }

    public bool Take(string item) => _items.ContainsKey(item) && _items.Remove(item);

    public int Count => _items.Count;

    public Dictionary<string, int> Copy() => new Dictionary<string, int>(_items);

    public int Sum()
    {
        var sum = 0;
        foreach (var pair in _items)
        {
            sum += pair.Value;
        }

        return sum;
    }
}
