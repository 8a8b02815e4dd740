namespace Kitchen.Fixtures;
public sealed class Pass
{
    private readonly object _gate = new();
    private readonly Queue<string> _plates = new();
    public string Take()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
        {
            var __kitchenLock0 = _gate;
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockEnter(#1, __kitchenLock0);
            try
            {
                while (global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#2, _plates), _plates.Count) == 0)
                {
                    global::KitchenKatas.Grader.Exploration.ExplorationHooks.MonitorWait(#3, _gate);
                }

                return global::KitchenKatas.Grader.Exploration.ExplorationHooks.Done(global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#4, _plates), _plates.Dequeue());
            }
            finally
            {
                global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockExit(#5, __kitchenLock0);
            }
        }
    }

    public bool TakeSoon()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#6);
        {
            var __kitchenLock1 = _gate;
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockEnter(#7, __kitchenLock1);
            try
            {
                return global::KitchenKatas.Grader.Exploration.ExplorationHooks.MonitorWait(#8, _gate, 100);
            }
            finally
            {
                global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockExit(#9, __kitchenLock1);
            }
        }
    }

    public void Put(string dish)
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#10, dish);
        {
            var __kitchenLock2 = _gate;
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockEnter(#11, __kitchenLock2);
            try
            {
                {
                    global::KitchenKatas.Grader.Exploration.ExplorationHooks.Begin(#12, _plates);
                    _plates.Enqueue(dish);
                    global::KitchenKatas.Grader.Exploration.ExplorationHooks.DoneVoid(#12, dish);
                }

                global::KitchenKatas.Grader.Exploration.ExplorationHooks.MonitorPulse(#13, _gate);
                global::KitchenKatas.Grader.Exploration.ExplorationHooks.MonitorPulseAll(#14, _gate);
            }
            finally
            {
                global::KitchenKatas.Grader.Exploration.ExplorationHooks.LockExit(#15, __kitchenLock2);
            }
        }
    }
}