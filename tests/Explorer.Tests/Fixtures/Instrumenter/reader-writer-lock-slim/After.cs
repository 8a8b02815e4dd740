namespace Kitchen;
public sealed class Menu
{
    private readonly ReaderWriterLockSlim _gate = new();
    private string _dish = "soup";
    public string Read()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.ReadLockEnter(#1, _gate);
        try
        {
            return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<string>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#2), this, _dish);
        }
        finally
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.ReadLockExit(#3, _gate);
        }
    }

    public void Write(string dish)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#4, dish);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.WriteLockEnter(#5, _gate);
        try
        {
            _dish = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<string>(#6, this, dish);
        }
        finally
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.WriteLockExit(#7, _gate);
        }
    }
}