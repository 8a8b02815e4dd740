// The flag is raised before the dish is on it: the reader sees an empty plate.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private bool _ready;
    private int _dish;
    private int _seen = -1;
    public int Seen => _seen;

    public void Cook()
    {
        _ready = true;
        _dish = 42;
    }

    public void Serve() => _seen = _ready ? _dish : 42;
}

public sealed class Fixed
{
    private bool _ready;
    private int _dish;
    private int _seen = -1;
    public int Seen => _seen;

    public void Cook()
    {
        _dish = 42;
        Volatile.Write(ref _ready, true);
    }

    public void Serve() => _seen = Volatile.Read(ref _ready) ? _dish : 42;
}
