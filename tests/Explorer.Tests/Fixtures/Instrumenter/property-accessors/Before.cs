namespace Kitchen;

public sealed class Oven
{
    private int _heat;

    public int Heat
    {
        get { return _heat; }
        set { _heat = value; }
    }

    public bool Hot => _heat > 200;
}
