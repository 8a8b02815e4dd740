namespace KitchenKatas.Grader.Exploration;

/// <summary>How far and how long the explorer searches the schedules of a scenario.</summary>
public sealed record ExplorerOptions
{
    /// <summary>Schedules with up to this many context switches are enumerated, fewest first.</summary>
    public int MaxContextSwitches { get; init; } = 2;

    /// <summary>Most schedules to run in all (the bounded search, then PCT).</summary>
    public int MaxSchedules { get; init; } = 4000;

    /// <summary>Share of <see cref="MaxSchedules"/> kept for PCT when the bounded search cannot finish.</summary>
    public double PctShare { get; init; } = 0.25;

    /// <summary>PCT's bug depth d: d−1 random priority change points per schedule.</summary>
    public int PctDepth { get; init; } = 3;

    /// <summary>Seeds PCT, so a run of the explorer is repeatable.</summary>
    public int Seed { get; init; } = 20261125;

    /// <summary>Wall-clock limit for the whole search; null for none (tests count schedules, never time).</summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>
    /// A chef that holds the baton this long without reaching a point is outside the model: the explorer gives up. Counted
    /// in the watchdog's short polls, so on a starved machine (where the chef gets as few turns) it waits longer.
    /// </summary>
    public TimeSpan StuckAfter { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Most scheduling points in one schedule; more means a spin loop waiting for another chef.</summary>
    public int MaxStepsPerSchedule { get; init; } = 20_000;

    /// <summary>
    /// Most timed waits per schedule that run out while another chef could still have let go. Past these, a timed wait
    /// runs out only when nobody else can go on, so timed waits in a loop do not double the schedules every round.
    /// </summary>
    public int EarlyTimeouts { get; init; } = 1;

    /// <summary>A replay token (see <see cref="ReplayToken"/>); when it names this scenario, only that schedule runs.</summary>
    public string? Replay { get; init; }
}
