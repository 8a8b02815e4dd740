// An AutoResetEvent lets one guest in per Set: the second waits for ever.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private int _inside;
    public int Inside => _inside;

    private readonly AutoResetEvent _door = new(false);

    public void Enter()
    {
        _door.WaitOne();
        Interlocked.Increment(ref _inside);
    }

    public void Open() => _door.Set();
}

public sealed class Fixed
{
    private int _inside;
    public int Inside => _inside;

    private readonly ManualResetEvent _door = new(false);

    public void Enter()
    {
        _door.WaitOne();
        Interlocked.Increment(ref _inside);
    }

    public void Open() => _door.Set();
}
