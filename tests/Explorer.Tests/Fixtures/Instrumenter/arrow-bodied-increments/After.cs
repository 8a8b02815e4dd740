namespace Kitchen;
public sealed class Counter
{
    private int _count;
    public void Count()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Value<int>((int)((_count = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#1, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#2), this, _count) + (1)))) - 1));
    }

    public void Uncount()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#3);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Value<int>((int)((_count = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#4, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#5), this, _count) - (1)))) + 1));
    }

    public int Taken()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#6);
        return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Value<int>((int)((_count = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#7, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#8), this, _count) - (1)))) + 1));
    }

    public void Twice()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#9);
        Action count = () => global::KitchenKatas.Grader.Exploration.ExplorationHooks.Value<int>((int)((_count = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#10, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#11), this, _count) + (1)))) - 1));
        Func<int> take = () => global::KitchenKatas.Grader.Exploration.ExplorationHooks.Value<int>((int)((_count = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#12, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#13), this, _count) - (1)))) + 1));
        count();
        take();
    }
}