namespace Kitchen;
public sealed class Kitchen
{
    private readonly Thread[] _chefs = new Thread[2];
    private int _plates;
    public Kitchen()
    {
        for (var i = 0; i < _chefs.Length; i++)
        {
            _chefs[i] = global::KitchenKatas.Grader.Exploration.ExplorationHooks.ThreadMade(new global::System.Threading.Thread(global::KitchenKatas.Grader.Exploration.ExplorationHooks.ThreadBody(Cook)) { IsBackground = true, Name = $"Chef {i + 1}" });
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.ThreadStart(#0, _chefs[i]);
        }
    }

    public void Helper(object? order)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#1, order);
        Thread helper = global::KitchenKatas.Grader.Exploration.ExplorationHooks.ThreadMade(new global::System.Threading.Thread(global::KitchenKatas.Grader.Exploration.ExplorationHooks.ThreadBody(o =>
        {
            _plates = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#2, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#3), this, _plates) + (1)));
        })));
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.ThreadStart(#4, helper, order);
        if (!global::KitchenKatas.Grader.Exploration.ExplorationHooks.ThreadJoin(#5, helper, 100))
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.ThreadJoin(#6, helper);
        }
    }

    private void Cook()
    {
        _plates = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#7, this, (int)(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#8), this, _plates) + (1)));
    }
}