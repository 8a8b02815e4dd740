namespace Kitchen;

public sealed class Pass
{
    // One for the whole kitchen: named by its type.
    private static SpinLock _kitchen = new(enableThreadOwnerTracking: true);

    // A readonly SpinLock hands out a copy on every call: each call gets a lock of its own, as in the real code.
    private readonly SpinLock _copied = new(enableThreadOwnerTracking: false);

    private SpinLock _spin = new(enableThreadOwnerTracking: true);
    private int _plates;

    public void ServeKitchen()
    {
        var taken = false;
        _kitchen.TryEnter(10, ref taken);
        if (taken)
        {
            _plates++;
            _kitchen.Exit();
        }
    }

    public void ServeCopy()
    {
        var taken = false;
        _copied.Enter(ref taken);
        _plates++;
        _copied.Exit();
    }

    public void ServeFor(Pass other)
    {
        var taken = false;
        other._spin.Enter(ref taken);
        if (other._spin.IsHeldByCurrentThread)
        {
            other._plates++;
        }

        other._spin.Exit();
    }
}
