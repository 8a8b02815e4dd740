// The bell is set and reset before the listener waits: it waits for ever.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private readonly ManualResetEventSlim _bell = new(false);
    private bool _heard;
    public bool Heard => _heard;

    public void Ring()
    {
        _bell.Set();
        _bell.Reset();
    }

    public void Listen()
    {
        _bell.Wait();
        _heard = true;
    }
}

public sealed class Fixed
{
    private readonly ManualResetEventSlim _bell = new(false);
    private bool _heard;
    public bool Heard => _heard;

    public void Ring() => _bell.Set();

    public void Listen()
    {
        _bell.Wait();
        _heard = true;
    }
}
