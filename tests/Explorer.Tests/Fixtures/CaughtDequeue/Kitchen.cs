namespace Kitchen.Fixtures;

// Correct: every use of the plain Queue is under the one lock. A Dequeue on an empty queue throws, and the chef catches it.
public sealed class Kitchen
{
    private readonly object _gate = new();
    private readonly Queue<string> _orders = new();
    private int _taken;
    private int _missed;

    public int Handled => _taken + _missed;

    public void Take()
    {
        lock (_gate)
        {
            try
            {
                _orders.Dequeue();
                _taken++;
            }
            catch (InvalidOperationException)
            {
                _missed++;
            }
        }
    }

    public void Order(string dish)
    {
        lock (_gate)
        {
            _orders.Enqueue(dish);
        }
    }
}
