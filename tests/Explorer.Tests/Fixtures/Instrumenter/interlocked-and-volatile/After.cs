namespace Kitchen;
public sealed class Tickets
{
    private int _next;
    private bool _closed;
    public int Take()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
        return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#1, null), Interlocked.Increment(ref _next), global::KitchenKatas.Grader.Exploration.ExplorationHooks.Uncaptured);
    }

    public void Close()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#2);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#3, null);
        Volatile.Write(ref _closed, true);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.DoneVoid(#3, global::KitchenKatas.Grader.Exploration.ExplorationHooks.Uncaptured, true);
    }

    public bool Closed
    {
        get
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#4);
            return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#5, null), Volatile.Read(ref _closed), global::KitchenKatas.Grader.Exploration.ExplorationHooks.Uncaptured);
        }
    }
}