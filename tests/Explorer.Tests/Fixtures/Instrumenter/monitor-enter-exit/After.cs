namespace Kitchen;
public sealed class Till
{
    private readonly object _gate = new();
    private int _cash;
    public void Pay(int amount)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0, amount);
        var taken = false;
        try
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockEnter(#1, _gate, ref taken);
            _cash = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#2, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#3), this, _cash) + (amount)));
        }
        finally
        {
            if (taken)
            {
                global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockExit(#4, _gate);
            }
        }
    }

    public bool TryPay(int amount)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#5, amount);
        if (!global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockTryEnter(#6, _gate))
        {
            return false;
        }

        _cash = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#7, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#8), this, _cash) + (amount)));
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockExit(#9, _gate);
        return true;
    }
}