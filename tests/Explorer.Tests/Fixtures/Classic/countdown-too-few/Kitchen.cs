// The countdown waits for three signals; only two chefs signal.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private int _done;
    private int _seen;
    public int Seen => _seen;

    private readonly CountdownEvent _countdown = new(3);

    public void Work()
    {
        Interlocked.Increment(ref _done);
        _countdown.Signal();
    }

    public void WaitForAll()
    {
        _countdown.Wait();
        _seen = Volatile.Read(ref _done);
    }
}

public sealed class Fixed
{
    private int _done;
    private int _seen;
    public int Seen => _seen;

    private readonly CountdownEvent _countdown = new(2);

    public void Work()
    {
        Interlocked.Increment(ref _done);
        _countdown.Signal();
    }

    public void WaitForAll()
    {
        _countdown.Wait();
        _seen = Volatile.Read(ref _done);
    }
}
