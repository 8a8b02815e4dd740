namespace Kitchen.ThreadPool.Checks;

/// <summary>The starter's way, kept for comparison in check 9: a brand-new chef (thread) for every order.</summary>
public static class ThreadPerJobKitchen
{
    /// <summary>Cooks every job on a thread of its own, then waits for all of them.</summary>
    public static void Cook(IReadOnlyList<Action> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var chefs = new Thread[jobs.Count];
        for (var i = 0; i < jobs.Count; i++)
        {
            chefs[i] = new Thread(jobs[i].Invoke) { IsBackground = true };
            chefs[i].Start();
        }

        foreach (var chef in chefs)
        {
            chef.Join();
        }
    }
}
