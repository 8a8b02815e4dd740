namespace Kitchen;
public sealed class Stoves
{
    private readonly SemaphoreSlim _free = new(1, 1);
    private int _cooking;
    public async Task CookAsync()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
        await global::KitchenKatas.Grader.Exploration.ExplorationHooks.SemaphoreWaitAsync(#1, _free);
        try
        {
            _cooking = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#2, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#3), this, _cooking) + (1)));
        }
        finally
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.SemaphoreRelease(#4, _free);
        }
    }

    public async Task<bool> TryCookAsync()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#5);
        if (!await global::KitchenKatas.Grader.Exploration.ExplorationHooks.SemaphoreWaitAsync(#6, _free, 10).ConfigureAwait(false))
        {
            return false;
        }

        _cooking = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#7, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#8), this, _cooking) + (1)));
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.SemaphoreRelease(#9, _free);
        return true;
    }

    public void Cook()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#10);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.SemaphoreWaitAsync(#11, _free).Wait();
        _cooking = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#12, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#13), this, _cooking) + (1)));
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.SemaphoreRelease(#14, _free);
    }

    public bool TryCook(TimeSpan patience)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#15, patience);
        if (!global::KitchenKatas.Grader.Exploration.ExplorationHooks.SemaphoreWaitAsync(#16, _free, patience).GetAwaiter().GetResult())
        {
            return false;
        }

        _cooking = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#17, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#18), this, _cooking) + (1)));
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.SemaphoreRelease(#19, _free);
        return true;
    }
}