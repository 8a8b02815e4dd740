namespace Kitchen;
public sealed class Oven
{
    private int _heat;
    public int Heat
    {
        get
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
            return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#1), this, _heat);
        }

        set
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#2, value);
            _heat = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#3, this, value);
        }
    }

    public bool Hot
    {
        get
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#4);
            return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#5), this, _heat) > 200;
        }
    }
}