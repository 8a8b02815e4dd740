namespace Kitchen.Fixtures;

// One chef holds the pass for a long while; the others knock, for a while, ten times each. Correct: every count is
// under the pass or Interlocked.
public sealed class Kitchen
{
    private readonly object _pass = new();
    private readonly SemaphoreSlim _plates = new(0);
    private int _taken;
    private int _missed;
    private int _made;
    private int _stirs;
    private int _served;
    private int _gaveUp;

    public int Knocks => _served + _gaveUp;

    public int Stirs => _stirs;

    public int Takes => _taken + _missed;

    public void MakePlates(int plates)
    {
        for (var i = 0; i < plates; i++)
        {
            _made++;
            _plates.Release();
        }
    }

    // Each round waits, for a while, for a plate that may not be made yet.
    public void TakePlates(int rounds)
    {
        for (var i = 0; i < rounds; i++)
        {
            if (_plates.Wait(100))
            {
                _taken++;
            }
            else
            {
                _missed++;
            }
        }
    }

    public void Hold(int stirs)
    {
        lock (_pass)
        {
            for (var i = 0; i < stirs; i++)
            {
                _stirs++;
            }
        }
    }

    public void Knock(int rounds)
    {
        for (var i = 0; i < rounds; i++)
        {
            if (Monitor.TryEnter(_pass, 50))
            {
                _served++;
                Monitor.Exit(_pass);
            }
            else
            {
                Interlocked.Increment(ref _gaveUp);
            }
        }
    }
}
