// ContainsKey then an indexer set on a ConcurrentDictionary: both chefs build the oven.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _ovens = new();
    private int _built;
    public int Built => _built;

    public void Ensure(string name)
    {
        if (!_ovens.ContainsKey(name))
        {
            _ovens[name] = 1;
            Interlocked.Increment(ref _built);
        }
    }
}

public sealed class Fixed
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _ovens = new();
    private int _built;
    public int Built => _built;

    public void Ensure(string name)
    {
        if (_ovens.TryAdd(name, 1))
        {
            Interlocked.Increment(ref _built);
        }
    }
}
