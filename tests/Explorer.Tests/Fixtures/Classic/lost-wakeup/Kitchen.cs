// A Pulse sent before anyone waits is lost, and the chef then waits for ever.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private readonly object _gate = new();
    private bool _ordered;
    private bool _served;
    public bool Served => _served;

    public void WaitForOrder()
    {
        lock (_gate)
        {
            Monitor.Wait(_gate);
            _served = true;
        }
    }

    public void CallOrder()
    {
        lock (_gate)
        {
            Monitor.Pulse(_gate);
        }
    }
}

public sealed class Fixed
{
    private readonly object _gate = new();
    private bool _ordered;
    private bool _served;
    public bool Served => _served;

    public void WaitForOrder()
    {
        lock (_gate)
        {
            while (!_ordered)
            {
                Monitor.Wait(_gate);
            }

            _served = true;
        }
    }

    public void CallOrder()
    {
        lock (_gate)
        {
            _ordered = true;
            Monitor.Pulse(_gate);
        }
    }
}
