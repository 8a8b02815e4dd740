namespace Kitchen.Fixtures;

// One chef waits, for a while, on a stove nobody will ever free: each wait runs out.
public sealed class Kitchen
{
    private readonly SemaphoreSlim _stove = new(0, 1);
    private int _gaveUp;

    public int GaveUp => _gaveUp;

    public void TryCooking(int rounds)
    {
        for (var i = 0; i < rounds; i++)
        {
            if (!_stove.Wait(10))
            {
                _gaveUp++;
            }
        }
    }
}
