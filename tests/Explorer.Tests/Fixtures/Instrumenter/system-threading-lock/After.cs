namespace Kitchen;
public sealed class Till
{
    private readonly Lock _gate = new();
    private int _cash;
    public void Pay(int amount)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0, amount);
        using (global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockScope(#1, _gate))
        {
            _cash = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#2, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#3), this, _cash) + (amount)));
        }
    }

    public void Refund(int amount)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#4, amount);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockEnter(#5, _gate);
        try
        {
            _cash = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#6, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#7), this, _cash) - (amount)));
        }
        finally
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockExit(#8, _gate);
        }
    }
}