namespace Kitchen;

public sealed class Counter
{
    private int _count;
    private long _total;

    public void Add(int n)
    {
        _total += n;
        _count++;
        ++_count;
    }

    public int TakeOne() => _count--;
}
