namespace Kitchen;
public sealed class Menu
{
    private readonly ReaderWriterLockSlim _gate = new();
    private string _dish = "soup";
    public string? TryRead()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
        if (!global::KitchenKatas.Grader.Exploration.ExplorationHooks.ReadLockTryEnter(#1, _gate, 10))
        {
            return null;
        }

        try
        {
            return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<string>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#2), this, _dish);
        }
        finally
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.ReadLockExit(#3, _gate);
        }
    }

    public bool TryWrite(string dish, TimeSpan patience)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#4, dish, patience);
        if (!global::KitchenKatas.Grader.Exploration.ExplorationHooks.WriteLockTryEnter(#5, _gate, patience))
        {
            return false;
        }

        _dish = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<string>(#6, this, dish);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.WriteLockExit(#7, _gate);
        return true;
    }

    public bool TryUpgrade(string dish)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#8, dish);
        if (!global::KitchenKatas.Grader.Exploration.ExplorationHooks.UpgradeableLockTryEnter(#9, _gate, 0))
        {
            return false;
        }

        try
        {
            if (global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<string>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#10), this, _dish) == dish)
            {
                return false;
            }

            global::KitchenKatas.Grader.Exploration.ExplorationHooks.WriteLockEnter(#11, _gate);
            _dish = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<string>(#12, this, dish);
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.WriteLockExit(#13, _gate);
            return true;
        }
        finally
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.UpgradeableLockExit(#14, _gate);
        }
    }
}