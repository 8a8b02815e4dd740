namespace Kitchen;

public sealed class Stoves
{
    private readonly SemaphoreSlim _free = new(2, 2);
    private int _cooking;

    public void Cook()
    {
        _free.Wait();
        try
        {
            _cooking++;
            _cooking--;
        }
        finally
        {
            _free.Release();
        }
    }
}
