namespace Kitchen;
public sealed class Till
{
    private readonly object _gate = new();
    private int _cash;
    public void Pay(int amount)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0, amount);
        {
            var __kitchenLock0 = _gate;
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockEnter(#1, __kitchenLock0);
            try
            {
                _cash = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#2, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#3), this, _cash) + (amount)));
            }
            finally
            {
                global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockExit(#4, __kitchenLock0);
            }
        }
    }
}