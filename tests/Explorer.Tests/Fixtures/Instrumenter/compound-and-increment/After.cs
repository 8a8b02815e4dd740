namespace Kitchen;
public sealed class Counter
{
    private int _count;
    private long _total;
    public void Add(int n)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0, n);
        _total = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<long>(#1, this, (long)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<long>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#2), this, _total) + (n)));
        _count = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#3, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#4), this, _count) + (1)));
        _count = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#5, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#6), this, _count) + (1)));
    }

    public int TakeOne()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#7);
        return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Value<int>((int)((_count = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#8, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#9), this, _count) - (1)))) + 1));
    }
}