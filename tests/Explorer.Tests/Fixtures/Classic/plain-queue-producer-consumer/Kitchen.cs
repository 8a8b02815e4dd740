// Producer and consumer share a plain Queue with no lock.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private int _taken;
    public int Taken => _taken;

    private readonly Queue<string> _orders = new();

    public void Produce(string dish) => _orders.Enqueue(dish);

    public void Consume()
    {
        if (_orders.TryDequeue(out _))
        {
            _taken++;
        }
    }

    public int Left => _orders.Count;
}

public sealed class Fixed
{
    private int _taken;
    public int Taken => _taken;

    private readonly object _gate = new();
    private readonly Queue<string> _orders = new();

    public void Produce(string dish)
    {
        lock (_gate)
        {
            _orders.Enqueue(dish);
        }
    }

    public void Consume()
    {
        lock (_gate)
        {
            if (_orders.TryDequeue(out _))
            {
                _taken++;
            }
        }
    }

    public int Left
    {
        get
        {
            lock (_gate)
            {
                return _orders.Count;
            }
        }
    }
}
