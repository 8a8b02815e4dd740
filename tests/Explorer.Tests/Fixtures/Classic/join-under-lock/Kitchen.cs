// A chef waits for its helper (Join) while it holds the lock the helper needs to finish.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private readonly object _gate = new();
    private int _dishes;

    public int Dishes => _dishes;

    public void CookWithHelper()
    {
        var helper = new Thread(AddDish) { Name = "Helper" };
        lock (_gate)
        {
            helper.Start();
            _dishes++;
            helper.Join();
        }
    }

    private void AddDish()
    {
        lock (_gate)
        {
            _dishes++;
        }
    }
}

public sealed class Fixed
{
    private readonly object _gate = new();
    private int _dishes;

    public int Dishes => _dishes;

    public void CookWithHelper()
    {
        var helper = new Thread(AddDish) { Name = "Helper" };
        lock (_gate)
        {
            helper.Start();
            _dishes++;
        }

        helper.Join();
    }

    private void AddDish()
    {
        lock (_gate)
        {
            _dishes++;
        }
    }
}
