using System.Runtime.CompilerServices;

namespace KitchenKatas.Grader.Stress;

/// <summary>Entry point for declaring stress scenarios.</summary>
public static class Scenario
{
    /// <summary>Starts a scenario whose trials each work on a fresh state made by <paramref name="createState"/>.</summary>
    /// <param name="createState">Makes the state of one trial (a new cart, say).</param>
    /// <param name="title">A short title in the story's words.</param>
    /// <param name="member">Filled in by the compiler: the declaring property or method.</param>
    /// <param name="file">Filled in by the compiler: the declaring source file.</param>
    public static ScenarioBuilder<TState> For<TState>(
        Func<TState> createState,
        string title,
        [CallerMemberName] string member = "",
        [CallerFilePath] string file = "")
        where TState : class
    {
        ArgumentNullException.ThrowIfNull(createState);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return new ScenarioBuilder<TState>(createState, title, member, file);
    }

    /// <summary>
    /// Call in a chef that loops only to wait for the other chefs (an inspector waiting for the cooks to finish).
    /// Under the race explorer the others get to run, instead of one schedule spinning thousands of times while they
    /// stand still; on real cores it does nothing.
    /// </summary>
    public static void WaitingForOthers() => Exploration.ExplorationHooks.Yield();

    /// <summary>
    /// True on a chef the race explorer runs. For tidying up only, never to change what a scenario checks: the explorer
    /// lets a kitchen's sleeping threads go when a schedule ends, so a scenario that closes its kitchen on real cores
    /// (so that trials do not pile up threads) can leave it open under the explorer, whose schedules are then shorter.
    /// </summary>
    public static bool Exploring => Exploration.ExplorationHooks.OnChef;
}
