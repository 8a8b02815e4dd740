// Each chef spins for the other's flag before raising its own: both spin for ever.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private bool _aReady;
    private bool _bReady;
    private int _done;
    public int Done => _done;

    public void A()
    {
        while (!Volatile.Read(ref _bReady))
        {
            Thread.Yield();
        }

        Volatile.Write(ref _aReady, true);
        Interlocked.Increment(ref _done);
    }

    public void B()
    {
        while (!Volatile.Read(ref _aReady))
        {
            Thread.Yield();
        }

        Volatile.Write(ref _bReady, true);
        Interlocked.Increment(ref _done);
    }
}

public sealed class Fixed
{
    private bool _aReady;
    private bool _bReady;
    private int _done;
    public int Done => _done;

    public void A()
    {
        Volatile.Write(ref _aReady, true);
        while (!Volatile.Read(ref _bReady))
        {
            Thread.Yield();
        }

        Interlocked.Increment(ref _done);
    }

    public void B()
    {
        Volatile.Write(ref _bReady, true);
        while (!Volatile.Read(ref _aReady))
        {
            Thread.Yield();
        }

        Interlocked.Increment(ref _done);
    }
}
