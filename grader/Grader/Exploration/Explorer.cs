using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

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

    // One site per line of a scenario that waits or sets, so a report points at that line.
    private static readonly ConcurrentDictionary<(string File, int Line, string Operation, string What), int> ScenarioSites = new();

    /// <summary>
    /// Waits, in a scenario's own code, until another chef calls <see cref="Set"/> on <paramref name="signal"/>: an order
    /// that keeps its chef at the stove until a second order is cooked, say. Under the race explorer the wait is modelled
    /// like the learner's own waits (the chef sleeps until the signal is set, and a kitchen where nobody can set it any
    /// more is reported as stuck, at this line); on real cores it waits at most <paramref name="limit"/>.
    /// </summary>
    /// <param name="signal">What the chef waits for.</param>
    /// <param name="what">The signal in the kitchen's words, for the report: "order 2 cooked".</param>
    /// <param name="limit">How long to wait on real cores; the explorer waits as long as some chef could still set it.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <returns>True when the signal was set; false when the time ran out on real cores.</returns>
    public static bool WaitFor(ManualResetEventSlim signal, string what, TimeSpan limit, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return IsExploring
            ? ExplorationHooks.EventWait(SiteOf(file, line, "Wait", what), signal)
            : signal.Wait(limit);
    }

    /// <summary>Sets <paramref name="signal"/> in a scenario's own code, waking a chef in <see cref="WaitFor"/>; the real <c>Set</c> on real cores.</summary>
    /// <param name="signal">What another chef waits for.</param>
    /// <param name="what">The signal in the kitchen's words, the same as the waiter's.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public static void Set(ManualResetEventSlim signal, string what, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (IsExploring)
        {
            ExplorationHooks.EventSet(SiteOf(file, line, "Set", what), signal);
        }
        else
        {
            signal.Set();
        }
    }

    /// <summary>
    /// Lets the kitchen settle, in a scenario's own code: a waiter who hands in an order only once the chefs have gone
    /// back to sleep. Under the race explorer the chef waits until no other chef can move (and, in a few schedules, goes
    /// on earlier); on real cores it sleeps <paramref name="onRealCores"/>. What the scenario checks must hold either way.
    /// </summary>
    /// <param name="onRealCores">How long to sleep on real cores.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    public static void Pause(TimeSpan onRealCores, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ExplorationHooks.Pause(SiteOf(file, line, "Pause", "a quiet kitchen"), onRealCores);

    private static int SiteOf(string file, int line, string operation, string what) =>
        ScenarioSites.GetOrAdd((file, line, operation, what), key =>
            ExplorationSites.Register(SiteKind.LockEnter, Path.GetFileName(key.File), key.Line, "the check", key.What, key.Operation).Id);
}
