namespace Kitchen.Fixtures;

public sealed class Bells
{
    private readonly ManualResetEventSlim _open = new(false);
    private readonly ManualResetEvent _lights = new(false);
    private readonly AutoResetEvent _door = new(false);

    public bool IsOpen => _open.IsSet;

    public void Open()
    {
        _open.Set();
        _lights.Set();
        _door.Set();
    }

    public void Close()
    {
        _open.Reset();
        _lights.Reset();
    }

    public bool Enter()
    {
        _open.Wait();
        _lights.WaitOne();
        return _door.WaitOne(100) && _open.Wait(TimeSpan.FromMilliseconds(5));
    }
}
