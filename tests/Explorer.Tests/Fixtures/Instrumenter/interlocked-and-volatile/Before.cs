namespace Kitchen;

public sealed class Tickets
{
    private int _next;
    private bool _closed;

    public int Take() => Interlocked.Increment(ref _next);

    public void Close() => Volatile.Write(ref _closed, true);

    public bool Closed => Volatile.Read(ref _closed);
}
