// One stove guarded by a semaphore with two permits: two chefs at the stove.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private int _inside;
    private int _most;
    public int Most => _most;

    private readonly SemaphoreSlim _stove = new(2, 2);

    public void Cook()
    {
        _stove.Wait();
        _inside++;
        if (_inside > _most)
        {
            _most = _inside;
        }

        _inside--;
        _stove.Release();
    }
}

public sealed class Fixed
{
    private int _inside;
    private int _most;
    public int Most => _most;

    private readonly SemaphoreSlim _stove = new(1, 1);

    public void Cook()
    {
        _stove.Wait();
        _inside++;
        if (_inside > _most)
        {
            _most = _inside;
        }

        _inside--;
        _stove.Release();
    }
}
