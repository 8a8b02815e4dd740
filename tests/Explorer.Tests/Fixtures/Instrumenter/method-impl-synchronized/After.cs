using System.Runtime.CompilerServices;

namespace Kitchen;
public sealed class Till
{
    private int _cash;
    public void Pay(int amount)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0, amount);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockEnter(#1, this);
        try
        {
            _cash = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#2, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#3), this, _cash) + (amount)));
        }
        finally
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockExit(#4, this);
        }
    }

    public int Cash
    {
        get
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#5);
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockEnter(#6, this);
            try
            {
                return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#7), this, _cash);
            }
            finally
            {
                global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockExit(#8, this);
            }
        }
    }
}