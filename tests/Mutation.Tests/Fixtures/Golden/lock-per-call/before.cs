namespace Golden;

public sealed class Sink
{
    private readonly Lock _gate = new();
    private readonly object _plates;
    private int _dirty;

    public Sink() => _plates = new object();

    public void Drop()
    {
        lock (_gate)
        {
            _dirty++;
        }
    }

    public void Wash()
    {
        lock (_plates)
        {
            _dirty = 0;
        }
    }

    public int Dirty() => _dirty;
}
