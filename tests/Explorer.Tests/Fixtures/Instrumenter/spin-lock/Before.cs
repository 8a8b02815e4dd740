namespace Kitchen;

public sealed class Pass
{
    private SpinLock _spin = new(enableThreadOwnerTracking: false);
    private int _plates;

    public void Serve()
    {
        var taken = false;
        try
        {
            _spin.Enter(ref taken);
            _plates++;
        }
        finally
        {
            if (taken)
            {
                _spin.Exit();
            }
        }
    }

    public bool TryServe()
    {
        var taken = false;
        _spin.TryEnter(ref taken);
        if (!taken)
        {
            return false;
        }

        _plates++;
        _spin.Exit(useMemoryBarrier: false);
        return true;
    }

    public bool ServeWithin(TimeSpan patience)
    {
        var taken = false;
        try
        {
            _spin.TryEnter(patience, ref taken);
            if (taken)
            {
                _plates++;
            }

            return taken;
        }
        finally
        {
            if (taken)
            {
                _spin.Exit();
            }
        }
    }

    public bool Busy => _spin.IsHeld;
}
