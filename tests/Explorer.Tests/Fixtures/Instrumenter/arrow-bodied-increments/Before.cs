namespace Kitchen;

public sealed class Counter
{
    private int _count;

    public void Count() => _count++;

    public void Uncount() => _count--;

    public int Taken() => _count--;

    public void Twice()
    {
        Action count = () => _count++;
        Func<int> take = () => _count--;
        count();
        take();
    }
}
