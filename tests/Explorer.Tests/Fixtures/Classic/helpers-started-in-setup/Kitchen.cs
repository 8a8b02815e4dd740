// Two helper threads, started when the kitchen is made, each count a plate on one shared field; the boss joins them.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private readonly Thread[] _helpers;
    private int _plates;

    public Broken()
    {
        _helpers = [new Thread(CountPlate), new Thread(CountPlate)];
        foreach (var helper in _helpers)
        {
            helper.Start();
        }
    }

    public int WaitForHelpers()
    {
        foreach (var helper in _helpers)
        {
            helper.Join();
        }

        return _plates;
    }

    private void CountPlate()
    {
        _plates++;
    }
}

public sealed class Fixed
{
    private readonly Thread[] _helpers;
    private int _plates;

    public Fixed()
    {
        _helpers = [new Thread(CountPlate), new Thread(CountPlate)];
        foreach (var helper in _helpers)
        {
            helper.Start();
        }
    }

    public int WaitForHelpers()
    {
        foreach (var helper in _helpers)
        {
            helper.Join();
        }

        return _plates;
    }

    private void CountPlate()
    {
        Interlocked.Increment(ref _plates);
    }
}
