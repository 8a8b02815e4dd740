namespace Kitchen.Fixtures;

public sealed class Orders
{
    private readonly object _gate = new();
    private readonly Queue<string> _orders = new();
    private int _washed;

    public string? Take()
    {
        lock (_gate)
        {
            try
            {
                return _orders.Dequeue();
            }
            catch (InvalidOperationException)
            {
                return null;
            }
            finally
            {
                _washed++;
            }
        }
    }

    public void Wash() => _washed++;
}
