namespace Kitchen.Fixtures;

// Two chefs take the same two locks in opposite orders.
public sealed class Kitchen
{
    private readonly object _knives = new();
    private readonly object _boards = new();
    private int _dishes;

    public int Dishes => _dishes;

    public void PrepareVegetables()
    {
        lock (_knives)
        {
            lock (_boards)
            {
                _dishes++;
            }
        }
    }

    public void PrepareMeat()
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
