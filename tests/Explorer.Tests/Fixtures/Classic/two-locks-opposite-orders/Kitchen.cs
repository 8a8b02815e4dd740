// Two chefs take the knives and the boards in opposite orders.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private readonly object _knives = new();
    private readonly object _boards = new();
    private int _dishes;
    public int Dishes => _dishes;

    public void Vegetables()
    {
        lock (_knives)
        {
            lock (_boards)
            {
                _dishes++;
            }
        }
    }

    public void Meat()
    {
        lock (_boards)
        {
            lock (_knives)
            {
                _dishes++;
            }
        }
    }
}

public sealed class Fixed
{
    private readonly object _knives = new();
    private readonly object _boards = new();
    private int _dishes;
    public int Dishes => _dishes;

    public void Vegetables()
    {
        lock (_knives)
        {
            lock (_boards)
            {
                _dishes++;
            }
        }
    }

    public void Meat()
    {
        lock (_knives)
        {
            lock (_boards)
            {
                _dishes++;
            }
        }
    }
}
