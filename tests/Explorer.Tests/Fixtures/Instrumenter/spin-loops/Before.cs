namespace Kitchen.Fixtures;

public sealed class Handshake
{
    private bool _ready;
    private int _turn;

    public void Wait()
    {
        while (!_ready)
        {
        }

        while (_turn == 0) Thread.Yield();
        var spinner = new SpinWait();
        do
        {
            spinner.SpinOnce();
        }
        while (_turn == 1);
        while (_turn == 2)
        {
            Thread.Sleep(1);
        }

        while (_turn == 3)
        {
            Thread.Sleep(50); // a real nap: not a spin
        }
    }

    public void Go()
    {
        _turn = 4;
        _ready = true;
    }
}
