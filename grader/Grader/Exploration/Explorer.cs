namespace KitchenKatas.Grader.Exploration;

/// <summary>What a scenario's chefs may ask of the race explorer, from the checks' own code.</summary>
public static class Explorer
{
    /// <summary>
    /// Call in a chef that loops only to wait for the other chefs (an inspector waiting for the cooks to finish).
    /// Under the race explorer the others get to run, instead of one schedule spinning thousands of times while they
    /// stand still; on real cores it does nothing.
    /// </summary>
    public static void WaitingForOthers() => ExplorationHooks.Yield();

    /// <summary>
    /// True on a chef the race explorer runs. For tidying up only, never to change what a scenario checks: the explorer
    /// lets a kitchen's sleeping threads go when a schedule ends, so a scenario that closes its kitchen on real cores
    /// (so that trials do not pile up threads) can leave it open under the explorer, whose schedules are then shorter.
    /// </summary>
    public static bool IsExploring => ExplorationHooks.OnChef;
}
