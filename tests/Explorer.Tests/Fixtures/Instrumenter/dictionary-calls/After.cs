namespace Kitchen;
public sealed class Shelf
{
    private readonly Dictionary<string, int> _items = new();
    public void Put(string item)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0, item);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#1, _items), _items.TryGetValue(item, out var current), item, current);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#2, _items), _items[item] = current + 1, item);
    }

    public bool Take(string item)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#3, item);
        return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#4, _items), _items.ContainsKey(item), item) && global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#5, _items), _items.Remove(item), item);
    }

    public int Count
    {
        get
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#6);
            return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#7, _items), _items.Count);
        }
    }

    public Dictionary<string, int> Copy()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#8);
        return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#9, _items), new Dictionary<string, int>(_items));
    }

    public int Sum()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#10);
        var sum = 0;
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#11, _items);
            try
            {
                foreach (var pair in _items)
                {
                    sum += pair.Value;
                }
            }
            finally
            {
                global::KitchenKatas.Grader.Exploration.ExplorationHooks.DoneVoid(#11);
            }
        }

        return sum;
    }
}