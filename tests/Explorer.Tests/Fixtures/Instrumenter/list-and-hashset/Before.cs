namespace Kitchen;

public sealed class Orders
{
    private readonly List<string> _queue = new();
    private readonly HashSet<string> _seen = new();

    public void Order(string dish)
    {
        if (_seen.Add(dish))
        {
            _queue.Add(dish);
        }
    }

    public bool Has(string dish) => _queue.Contains(dish);
}
