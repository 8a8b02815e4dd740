namespace Golden;

public sealed class Pantry
{
    private readonly Lock _gate = new();
    private readonly object _monitor = new();
    private int _jars;

    public void Store()
    {
        lock (_gate)
        {
            _jars++;
        }
    }

    public void Take()
    {
        using (_gate.EnterScope())
            _jars--;
    }

    public int Count()
    {
        using var scope = _gate.EnterScope();
        return _jars;
    }

    public void Clear()
    {
        var taken = false;
        Monitor.Enter(_monitor, ref taken);
        try
        {
            _jars = 0;
        }
        finally
        {
            if (taken)
                Monitor.Exit(_monitor);
        }
    }
}
