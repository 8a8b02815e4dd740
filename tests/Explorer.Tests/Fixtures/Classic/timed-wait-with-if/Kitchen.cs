// A timed Monitor.Wait under an if: its time may run out before the dish is ready.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private readonly object _gate = new();
    private bool _ready;
    private bool _took;
    public bool Took => _took;

    public void Take()
    {
        lock (_gate)
        {
            if (!_ready)
            {
                Monitor.Wait(_gate, 100);
            }

            _took = _ready;
        }
    }

    public void Cook()
    {
        lock (_gate)
        {
            _ready = true;
            Monitor.PulseAll(_gate);
        }
    }
}

public sealed class Fixed
{
    private readonly object _gate = new();
    private bool _ready;
    private bool _took;
    public bool Took => _took;

    public void Take()
    {
        lock (_gate)
        {
            while (!_ready)
            {
                Monitor.Wait(_gate, 100);
            }

            _took = _ready;
        }
    }

    public void Cook()
    {
        lock (_gate)
        {
            _ready = true;
            Monitor.PulseAll(_gate);
        }
    }
}
