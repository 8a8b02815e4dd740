// Two chefs count with _served++: one count is lost.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private int _served;
    public int Served => _served;

    public void Serve() => _served++;
}

public sealed class Fixed
{
    private int _served;
    public int Served => _served;

    public void Serve() => Interlocked.Increment(ref _served);
}
