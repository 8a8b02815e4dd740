namespace Kitchen;
public sealed class Stoves
{
    private readonly SemaphoreSlim _free = new(2, 2);
    private int _cooking;
    public void Cook()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.SemaphoreWait(#1, _free);
        try
        {
            _cooking = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#2, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#3), this, _cooking) + (1)));
            _cooking = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#4, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#5), this, _cooking) - (1)));
        }
        finally
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.SemaphoreRelease(#6, _free);
        }
    }
}