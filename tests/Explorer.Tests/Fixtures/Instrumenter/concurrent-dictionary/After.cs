using System.Collections.Concurrent;

namespace Kitchen;
public sealed class Shelf
{
    private readonly ConcurrentDictionary<string, int> _items = new();
    public void Put(string item)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0, item);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#1, _items), _items.AddOrUpdate(item, 1, (_, n) => n + 1), item, 1, global::KitchenKatas.Grader.Exploration.ExplorationHooks.Uncaptured);
    }

    public bool Take(string item)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#2, item);
        return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#3, _items), _items.TryRemove(item, out _), item, global::KitchenKatas.Grader.Exploration.ExplorationHooks.Uncaptured);
    }

    public int Peek(string item)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#4, item);
        return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#5, _items), _items[item], item);
    }
}