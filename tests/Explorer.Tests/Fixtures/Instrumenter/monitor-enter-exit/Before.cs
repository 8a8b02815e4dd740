namespace Kitchen;

public sealed class Till
{
    private readonly object _gate = new();
    private int _cash;

    public void Pay(int amount)
    {
        var taken = false;
        try
        {
            Monitor.Enter(_gate, ref taken);
            _cash += amount;
        }
        finally
        {
            if (taken)
            {
                Monitor.Exit(_gate);
            }
        }
    }

    public bool TryPay(int amount)
    {
        if (!Monitor.TryEnter(_gate))
        {
            return false;
        }

        _cash += amount;
        Monitor.Exit(_gate);
        return true;
    }
}
