namespace Kitchen.Fixtures;
public sealed class Handshake
{
    private bool _ready;
    private int _turn;
    public void Wait()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
        while (!global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<bool>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#1), this, _ready))
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Spin(#2);
        }

        while (global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#3), this, _turn) == 0)
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Spin(#4);
        }

        var spinner = new SpinWait();
        do
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Spin(#5);
        }
        while (global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#6), this, _turn) == 1);
        while (global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#7), this, _turn) == 2)
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Spin(#8);
        }

        while (global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#9), this, _turn) == 3)
        {
            Thread.Sleep(50); // a real nap: not a spin
        }
    }

    public void Go()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#10);
        _turn = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#11, this, 4);
        _ready = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<bool>(#12, this, true);
    }
}