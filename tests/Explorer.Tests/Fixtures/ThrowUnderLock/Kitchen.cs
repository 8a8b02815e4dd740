namespace Kitchen.Fixtures;

// The first chef's dish burns while it holds the pass (Monitor.Enter without try/finally): it throws and never lets go.
public sealed class Kitchen
{
    private readonly object _pass = new();
    private readonly Queue<string> _plates = new();
    private int _served;
    private int _washed;

    public int Served => _served;

    public void Burn()
    {
        Monitor.Enter(_pass);
        _served++;
        Cook();
        Monitor.Exit(_pass);
    }

    public void Serve()
    {
        Monitor.Enter(_pass);
        _served++;
        Monitor.Exit(_pass);
    }

    // Two chefs, no lock, one plain Queue.
    public void Plate(string dish)
    {
        _plates.Enqueue(dish);
        _plates.Enqueue(dish + " again");
    }

    public int Plates => _plates.Count;

    public void Wash() => _washed++;

    private void Cook()
    {
        if (_served > 0)
        {
            throw new InvalidOperationException("the soup burned");
        }
    }
}
