// Peterson with the turn given before the flag is raised: both chefs get in.
// Broken is the classic mistake; Fixed is its twin, which must explore clean.
namespace Kitchen.Classic;

public sealed class Broken
{
    private bool _flag0;
    private bool _flag1;
    private int _turn;
    private int _inside;
    private int _most;
    public int Most => _most;

    private void Critical()
    {
        _inside++;
        if (_inside > _most)
        {
            _most = _inside;
        }

        _inside--;
    }

    public void Enter0()
    {
        _turn = 1;
        _flag0 = true;
        while (_flag1 && _turn == 1)
        {
        }

        Critical();
        _flag0 = false;
    }

    public void Enter1()
    {
        _turn = 0;
        _flag1 = true;
        while (_flag0 && _turn == 0)
        {
        }

        Critical();
        _flag1 = false;
    }
}

public sealed class Fixed
{
    private bool _flag0;
    private bool _flag1;
    private int _turn;
    private int _inside;
    private int _most;
    public int Most => _most;

    private void Critical()
    {
        _inside++;
        if (_inside > _most)
        {
            _most = _inside;
        }

        _inside--;
    }

    public void Enter0()
    {
        _flag0 = true;
        _turn = 1;
        while (_flag1 && _turn == 1)
        {
            Thread.Yield();
        }

        Critical();
        _flag0 = false;
    }

    public void Enter1()
    {
        _flag1 = true;
        _turn = 0;
        while (_flag0 && _turn == 0)
        {
            Thread.Yield();
        }

        Critical();
        _flag1 = false;
    }
}
