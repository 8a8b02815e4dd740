namespace Kitchen;

public sealed class Pantry
{
    private static int _opened;
    private readonly string _name = "pantry";
    private int _jars;

    public int Shelves { get; set; }

    public Pantry() => _jars = 3;

    public int Jars() => _jars;

    public void Restock(int jars)
    {
        _jars = jars;
        Shelves = _opened;
        this._jars = _name.Length;
    }
}
