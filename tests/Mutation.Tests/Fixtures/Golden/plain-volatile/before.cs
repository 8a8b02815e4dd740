namespace Golden;

public sealed class Bell
{
    private volatile bool _rung;
    private int _table;

    public void Ring(int table)
    {
        Volatile.Write(ref _table, table);
        _rung = true;
    }

    public int Table => _rung ? Volatile.Read(ref _table) : -1;
}
