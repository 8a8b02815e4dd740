namespace Kitchen.Fixtures;

// One chef holds the pass for a long while; the others knock, for a while, ten times each. Correct: every count is
// under the pass or Interlocked.
public sealed class Kitchen
{
    private readonly object _pass = new();
    private int _stirs;
    private int _served;
    private int _gaveUp;

    public int Knocks => _served + _gaveUp;

    public int Stirs => _stirs;

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
