namespace Kitchen.Fixtures;
public sealed class Service
{
    private readonly CountdownEvent _courses = new(3);
    private readonly Barrier _table = new(2);
    public int Left
    {
        get
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#0);
            return global::KitchenKatas.Grader.Exploration.ExplorationHooks.CountdownCount(#1, _courses);
        }
    }

    public bool Serve()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#2);
        return global::KitchenKatas.Grader.Exploration.ExplorationHooks.CountdownSignal(#3, _courses);
    }

    public void AddCourse()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#4);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.CountdownAddCount(#5, _courses);
    }

    public bool Finished
    {
        get
        {
            global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#6);
            return global::KitchenKatas.Grader.Exploration.ExplorationHooks.EventIsSet(#7, _courses);
        }
    }

    public void WaitForDessert()
    {
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.Entered(#8);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.EventWait(#9, _courses);
        global::KitchenKatas.Grader.Exploration.ExplorationHooks.BarrierSignalAndWait(#10, _table);
    }
}