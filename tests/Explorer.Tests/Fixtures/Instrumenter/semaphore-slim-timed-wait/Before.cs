namespace Kitchen;

public sealed class Stoves
{
    private readonly SemaphoreSlim _free = new(2, 2);
    private int _cooking;

    public bool TryCook()
    {
        if (!_free.Wait(10))
        {
            return false;
        }

        _cooking++;
        _free.Release();
        return true;
    }

    public int CookTwo(TimeSpan patience)
    {
        if (!_free.Wait(patience))
        {
            return -1;
        }

        if (!_free.Wait(0))
        {
            return _free.Release();
        }

        _cooking += 2;
        return _free.Release(2);
    }
}
