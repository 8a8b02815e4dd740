// Without the second check inside the lock, two chefs each build an oven.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private readonly object _gate = new();
    private Oven? _oven;
    private int _built;
    public int Built => _built;

    public Oven Get()
    {
        if (_oven == null)
        {
            lock (_gate)
            {
                _oven = new Oven();
                _built++;
            }
        }

        return _oven;
    }
}

public sealed class Fixed
{
    private readonly object _gate = new();
    private Oven? _oven;
    private int _built;
    public int Built => _built;

    public Oven Get()
    {
        if (_oven == null)
        {
            lock (_gate)
            {
                if (_oven == null)
                {
                    _oven = new Oven();
                    _built++;
                }
            }
        }

        return _oven;
    }
}

public sealed class Oven;
