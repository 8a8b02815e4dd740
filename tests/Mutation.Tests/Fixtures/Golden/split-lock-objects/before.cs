namespace Golden;

public sealed class Oven
{
    private readonly object _gate = new();
    private readonly object _other = new();
    private int _trays;

    public void Load()
    {
        lock (_gate)
        {
            _trays++;
            Monitor.PulseAll(_gate);
        }
    }

    public int Trays
    {
        get
        {
            lock (this._gate)
            {
                return _trays;
            }
        }
    }

    public void Alone()
    {
        lock (_other)
        {
            _trays = 0;
        }
    }
}
