namespace Golden;

public sealed class Till
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _sales = new();
    private int _total;

    public void Sell(string dish, int price)
    {
        lock (_gate)
        {
            _sales.TryGetValue(dish, out var sold);
            _sales[dish] = sold + price;
            _total += price;
        }
    }

    public int Total()
    {
        lock (_gate)
        {
            return _total;
        }
    }
}
