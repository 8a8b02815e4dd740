namespace Kitchen;
public sealed class Till
{
    private readonly object _gate = new();
    private readonly Lock _drawer = new();
    private int _cash;
    public bool TryPay(int amount)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0, amount);
        if (!global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockTryEnter(#1, _gate, 10))
        {
            return false;
        }

        try
        {
            _cash = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#2, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#3), this, _cash) + (amount)));
            return true;
        }
        finally
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockExit(#4, _gate);
        }
    }

    public void PayWithin(int amount, TimeSpan patience)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#5, amount, patience);
        var taken = false;
        try
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockTryEnter(#6, _gate, patience, ref taken);
            if (taken)
            {
                _cash = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#7, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#8), this, _cash) + (amount)));
            }
        }
        finally
        {
            if (taken)
            {
                global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockExit(#9, _gate);
            }
        }
    }

    public bool TryRefund(int amount)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#10, amount);
        if (!global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockTryEnter(#11, _drawer, TimeSpan.FromMilliseconds(5)))
        {
            return false;
        }

        _cash = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#12, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#13), this, _cash) - (amount)));
        var held = global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockHeld(_drawer);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockExit(#14, _drawer);
        return held;
    }
}