namespace Kitchen;

public sealed class Till
{
    private readonly object _gate = new();
    private int _cash;

    public void Pay(int amount)
    {
        lock (_gate)
        {
            _cash += amount;
        }
    }
}
