namespace KitchenKatas.Grader.Exploration;

/// <summary>One moment where more than one chef could run next, and who the scheduler picked.</summary>
/// <param name="Runnable">The chefs that could run, in index order.</param>
/// <param name="Current">The chef that was running and could go on, or -1 when it had finished or was waiting.</param>
/// <param name="Chosen">The chef picked.</param>
internal readonly record struct ScheduleDecision(int[] Runnable, int Current, int Chosen)
{
    /// <summary>Picking someone else while the running chef could go on is a context switch (a preemption).</summary>
    public bool IsPreemption => Current != -1 && Chosen != Current;

    /// <summary>The choice made when nobody tells the scheduler otherwise: keep the running chef, else the first runnable.</summary>
    public int Default => DefaultOf(Runnable, Current);

    public static int DefaultOf(int[] runnable, int current) => current != -1 ? current : runnable[0];
}
