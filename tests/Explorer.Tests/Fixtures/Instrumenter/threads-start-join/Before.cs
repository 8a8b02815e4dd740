namespace Kitchen;

public sealed class Kitchen
{
    private readonly Thread[] _chefs = new Thread[2];
    private int _plates;

    public Kitchen()
    {
        for (var i = 0; i < _chefs.Length; i++)
        {
            _chefs[i] = new Thread(Cook) { IsBackground = true, Name = $"Chef {i + 1}" };
            _chefs[i].Start();
        }
    }

    public void Helper(object? order)
    {
        Thread helper = new(o => { _plates++; });
        helper.Start(order);
        if (!helper.Join(100))
        {
            helper.Join();
        }
    }

    private void Cook()
    {
        _plates++;
    }
}
