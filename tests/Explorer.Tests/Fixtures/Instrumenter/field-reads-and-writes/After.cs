namespace Kitchen;
public sealed class Pantry
{
    private static int _opened;
    private readonly string _name = "pantry";
    private int _jars;
    public int Shelves { get; set; }

    public Pantry() => _jars = 3;
    public int Jars()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
        return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#1), this, _jars);
    }

    public void Restock(int jars)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#2, jars);
        _jars = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#3, this, jars);
        Shelves = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#4, this, global::KitchenKatas.Grader.Exploration.ExplorationHooks.Read<int>(global::KitchenKatas.Grader.Exploration.ExplorationHooks.At(#5), null, _opened));
        this._jars = global::KitchenKatas.Grader.Exploration.ExplorationHooks.Write<int>(#6, this, _name.Length);
    }
}