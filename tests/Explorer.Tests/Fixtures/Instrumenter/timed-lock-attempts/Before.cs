namespace Kitchen;

public sealed class Till
{
    private readonly object _gate = new();
    private readonly Lock _drawer = new();
    private int _cash;

    public bool TryPay(int amount)
    {
        if (!Monitor.TryEnter(_gate, 10))
        {
            return false;
        }

        try
        {
            _cash += amount;
            return true;
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }

    public void PayWithin(int amount, TimeSpan patience)
    {
        var taken = false;
        try
        {
            Monitor.TryEnter(_gate, patience, ref taken);
            if (taken)
            {
                _cash += amount;
            }
        }
        finally
        {
            if (taken)
            {
                Monitor.Exit(_gate);
            }
        }
    }

    public bool TryRefund(int amount)
    {
        if (!_drawer.TryEnter(TimeSpan.FromMilliseconds(5)))
        {
            return false;
        }

        _cash -= amount;
        var held = _drawer.IsHeldByCurrentThread;
        _drawer.Exit();
        return held;
    }
}
