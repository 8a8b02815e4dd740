namespace Kitchen.Fixtures;
public sealed class Orders
{
    private readonly object _gate = new();
    private readonly Queue<string> _orders = new();
    private int _washed;
    public string? Take()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
        {
            var __kitchenLock0 = _gate;
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockEnter(#1, __kitchenLock0);
            try
            {
                {
                    var __kitchenCalls0 = global::KitchenKatas.Grader.Exploration.ExplorationHooks.CallDepth();
                    try
                    {
                        return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#2, _orders), _orders.Dequeue());
                    }
                    catch (InvalidOperationException)
                    {
                        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Caught(__kitchenCalls0);
                        return null;
                    }
                    finally
                    {
                        _washed = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#3, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#4), this, _washed) + (1)));
                    }
                }
            }
            finally
            {
                global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockExit(#5, __kitchenLock0);
            }
        }
    }

    public void Wash()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#6);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Value<int>((int)((_washed = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#7, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#8), this, _washed) + (1)))) - 1));
    }
}