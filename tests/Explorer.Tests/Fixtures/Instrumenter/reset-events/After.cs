namespace Kitchen.Fixtures;
public sealed class Bells
{
    private readonly ManualResetEventSlim _open = new(false);
    private readonly ManualResetEvent _lights = new(false);
    private readonly AutoResetEvent _door = new(false);
    public bool IsOpen
    {
        get
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
            return global::KitchenKatas.Grader.Exploration.ExplorationHooks.EventIsSet(#1, _open);
        }
    }

    public void Open()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#2);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.EventSet(#3, _open);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.EventSet(#4, _lights);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.EventSet(#5, _door);
    }

    public void Close()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#6);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.EventReset(#7, _open);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.EventReset(#8, _lights);
    }

    public bool Enter()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#9);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.EventWait(#10, _open);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.EventWait(#11, _lights);
        return global::KitchenKatas.Grader.Exploration.ExplorationHooks.EventWait(#12, _door, 100) && global::KitchenKatas.Grader.Exploration.ExplorationHooks.EventWait(#13, _open, TimeSpan.FromMilliseconds(5));
    }
}