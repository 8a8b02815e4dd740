namespace Kitchen.Fixtures;

// Counters that only code holding _gate touches, and one that is counted outside it.
public sealed class Kitchen
{
    private readonly object _gate = new();
    private int _soups;
    private int _salads;
    private int _pies;

    public int Soups
    {
        get
        {
            lock (_gate)
            {
                return _soups;
            }
        }
    }

    public void CookSoup()
    {
        lock (_gate)
        {
            _soups++;
        }
    }

    public void CookThree()
    {
        lock (_gate)
        {
            _soups++;
            _salads++;
            _pies++;
        }
    }
}

// The same kitchen, but one chef peeks at the pies without the lock: _pies keeps its points.
public sealed class PeekingKitchen
{
    private readonly object _gate = new();
    private int _soups;
    private int _salads;
    private int _pies;
    private int _peeked;

    public int Soups
    {
        get
        {
            lock (_gate)
            {
                return _soups;
            }
        }
    }

    public int Peeked => _peeked;

    public void CookThreeThenPeek()
    {
        lock (_gate)
        {
            _soups++;
            _salads++;
            _pies++;
        }

        _peeked = _pies;
    }
}

// The same kitchen, with a count kept outside the lock: a lost update the explorer must still find.
public sealed class LooseKitchen
{
    private readonly object _gate = new();
    private int _soups;
    private int _loose;

    public int Loose => _loose;

    public void CookAndCountLoose()
    {
        lock (_gate)
        {
            _soups++;
        }

        _loose++;
    }
}
