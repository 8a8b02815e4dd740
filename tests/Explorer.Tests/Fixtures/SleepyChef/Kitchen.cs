namespace Kitchen.Fixtures;

// A chef that blocks in something the explorer does not model (a long sleep) while it holds the baton.
public sealed class Kitchen
{
    private int _naps;

    public int Naps => _naps;

    public void Nap()
    {
        Thread.Sleep(1500);
        _naps++;
    }
}
