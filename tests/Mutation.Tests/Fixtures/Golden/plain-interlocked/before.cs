namespace Golden;

public sealed class Counter
{
    private int _orders;
    private long _served;
    private string? _chef;

    public void Order() => Interlocked.Increment(ref _orders);

    public int Cancel() => Interlocked.Decrement(ref _orders) + 0;

    public void Serve(long plates)
    {
        Interlocked.Add(ref _served, plates);
    }

    public long Served => Interlocked.Read(ref _served);

    public bool Claim(string chef) => Interlocked.CompareExchange(ref _chef, chef, null) is null;

    public string? Hand(string chef) => System.Threading.Interlocked.Exchange(ref _chef, chef);
}
