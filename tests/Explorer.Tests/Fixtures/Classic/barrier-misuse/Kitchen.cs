// A chef reads the other half before the barrier that should have waited for it.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private readonly Barrier _barrier = new(2);
    private int _left;
    private int _right;
    private int _leftSees;
    private int _rightSees;
    public int Seen => _leftSees + _rightSees;

    public void Left()
    {
        _left = 1;
        _leftSees = _left + _right;
        _barrier.SignalAndWait();
    }

    public void Right()
    {
        _right = 1;
        _rightSees = _left + _right;
        _barrier.SignalAndWait();
    }
}

public sealed class Fixed
{
    private readonly Barrier _barrier = new(2);
    private int _left;
    private int _right;
    private int _leftSees;
    private int _rightSees;
    public int Seen => _leftSees + _rightSees;

    public void Left()
    {
        _left = 1;
        _barrier.SignalAndWait();
        _leftSees = _left + _right;
    }

    public void Right()
    {
        _right = 1;
        _barrier.SignalAndWait();
        _rightSees = _left + _right;
    }
}
