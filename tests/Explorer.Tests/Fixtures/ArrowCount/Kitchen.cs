namespace Kitchen.Fixtures;

// Two chefs count plates with a one-line lambda: the increment is the whole arrow body, and still a race.
public sealed class Kitchen
{
    private int _plates;

    public int Plates => _plates;

    public void CountPlate()
    {
        Action count = () => _plates++;
        count();
    }
}
