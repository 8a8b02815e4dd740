// Woken by PulseAll, the second cook does not check again and takes from an empty queue.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private readonly object _gate = new();
    private readonly Queue<string> _orders = new();
    private int _cooked;
    public int Cooked => _cooked;

    public void Cook()
    {
        lock (_gate)
        {
            if (_orders.Count == 0)
            {
                Monitor.Wait(_gate);
            }

            _orders.Dequeue();
            _cooked++;
        }
    }

    public void Order(string dish)
    {
        lock (_gate)
        {
            _orders.Enqueue(dish);
            Monitor.PulseAll(_gate);
        }
    }
}

public sealed class Fixed
{
    private readonly object _gate = new();
    private readonly Queue<string> _orders = new();
    private int _cooked;
    public int Cooked => _cooked;

    public void Cook()
    {
        lock (_gate)
        {
            while (_orders.Count == 0)
            {
                Monitor.Wait(_gate);
            }

            _orders.Dequeue();
            _cooked++;
        }
    }

    public void Order(string dish)
    {
        lock (_gate)
        {
            _orders.Enqueue(dish);
            Monitor.PulseAll(_gate);
        }
    }
}
