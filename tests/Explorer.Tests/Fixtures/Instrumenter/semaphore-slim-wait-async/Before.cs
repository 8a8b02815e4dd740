namespace Kitchen;

public sealed class Stoves
{
    private readonly SemaphoreSlim _free = new(1, 1);
    private int _cooking;

    public async Task CookAsync()
    {
        await _free.WaitAsync();
        try
        {
            _cooking++;
        }
        finally
        {
            _free.Release();
        }
    }

    public async Task<bool> TryCookAsync()
    {
        if (!await _free.WaitAsync(10).ConfigureAwait(false))
        {
            return false;
        }

        _cooking++;
        _free.Release();
        return true;
    }

    public void Cook()
    {
        _free.WaitAsync().Wait();
        _cooking++;
        _free.Release();
    }

    public bool TryCook(TimeSpan patience)
    {
        if (!_free.WaitAsync(patience).GetAwaiter().GetResult())
        {
            return false;
        }

        _cooking++;
        _free.Release();
        return true;
    }
}
