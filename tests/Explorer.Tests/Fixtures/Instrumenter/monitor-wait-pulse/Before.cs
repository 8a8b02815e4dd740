namespace Kitchen.Fixtures;

public sealed class Pass
{
    private readonly object _gate = new();
    private readonly Queue<string> _plates = new();

    public string Take()
    {
        lock (_gate)
        {
            while (_plates.Count == 0)
            {
                Monitor.Wait(_gate);
            }

            return _plates.Dequeue();
        }
    }

    public bool TakeSoon()
    {
        lock (_gate)
        {
            return Monitor.Wait(_gate, 100);
        }
    }

    public void Put(string dish)
    {
        lock (_gate)
        {
            _plates.Enqueue(dish);
            Monitor.Pulse(_gate);
            Monitor.PulseAll(_gate);
        }
    }
}
