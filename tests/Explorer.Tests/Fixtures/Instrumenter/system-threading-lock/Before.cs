namespace Kitchen;

public sealed class Till
{
    private readonly Lock _gate = new();
    private int _cash;

    public void Pay(int amount)
    {
        using (_gate.EnterScope())
        {
            _cash += amount;
        }
    }

    public void Refund(int amount)
    {
        _gate.Enter();
        try
        {
            _cash -= amount;
        }
        finally
        {
            _gate.Exit();
        }
    }
}
