namespace Kitchen.CrashIsolation.Checks.Harness;

/// <summary>The evenings the checks play, each run by the harness in a process of its own.</summary>
public static class KitchenScenarios
{
    /// <summary>Checks 1, 2, 3 and 5: good tabs and every kind of bad tab, side by side.</summary>
    public static HarnessScenario EveryPage { get; } = new(
        "every-page",
        "eleven tabs, four at a time: four good pages, a feast longer than a pipe holds, one of every kind of crash, and a page that hangs with a helper process",
        HarnessMode.RunAll,
        // The hung tab costs this much of every run. A good tab renders in about 0.2 s on an idle machine, so 5 s is some
        // 25 times that, and a busy machine stretches it by its allowance (Margins.BusyMachineAllowance).
        Timeout: TimeSpan.FromSeconds(5),
        MaxConcurrentWorkers: 4,
        MaxRestarts: 0,
        [
            new("1", "render Menu of the day"),
            new("2", "throw-on-thread"),
            new("3", "render Soup of the day"),
            new("4", "fail-fast"),
            new("5", "exit 3"),
            new("6", "render Salad"),
            new("7", "stack-overflow"),
            new("8", "allocate-without-end"),
            new("9", "hang-with-child"),
            new("10", "render Dessert"),
            // More than a pipe holds: a supervisor that reads only after the exit waits for a tab that waits for it.
            new("11", "feast 96 Banquet"),
        ],
        ReturnWithin: TimeSpan.FromSeconds(45),
        WitnessCrashes: true);

    /// <summary>Check 4: hung tabs, one call at a time.</summary>
    public static HarnessScenario HungTabs { get; } = new(
        "hung-tabs",
        "a tab that hangs holding 256 MB, then a tab that hangs after starting a helper process of its own, opened one after the other",
        HarnessMode.EachInTurn,
        // No good tab here: with so short a timeout a busy machine could make it time out too.
        Timeout: TimeSpan.FromSeconds(2),
        MaxConcurrentWorkers: 2,
        MaxRestarts: 0,
        [
            // The memory makes a killed tab take ~20 ms to be gone: a supervisor that does not wait returns well before.
            new("hung", "hang-holding 256"),
            new("hung-with-helper", "hang-with-child"),
        ],
        ReturnWithin: TimeSpan.FromSeconds(2) + Margins.AfterTimeout + TimeSpan.FromSeconds(4));

    /// <summary>
    /// Check 6: first one caller alone orders two slow pages, then two callers share the supervisor with three each, at
    /// most two tabs at a time. The pages alone keep 1.5 s: the second of two tabs started together may start late on a
    /// busy machine, and they must still overlap. The six pages of the two callers start side by side.
    /// </summary>
    public static HarnessScenario Throttle { get; } = new(
        "throttle",
        "a waiter orders two slow pages (1.5 s each) alone, then two waiters each order three (1 s each) at the same moment, from one kitchen with room for two tabs at a time",
        HarnessMode.AloneThenTwoCallers,
        Timeout: TimeSpan.FromSeconds(30),
        MaxConcurrentWorkers: 2,
        MaxRestarts: 0,
        [.. Enumerable.Range(1, 2).Select(i => new TabJob($"starter-{i}", $"slow 1500 Starter {i}")), .. Enumerable.Range(1, 6).Select(i => new TabJob($"course-{i}", $"slow 1000 Course {i}"))],
        ReturnWithin: TimeSpan.FromSeconds(40));

    /// <summary>
    /// Check 10: six slow pages, one place. Each tab needs 1 s and may run 3.5 s, but the last waits about 6 s for its
    /// place: a timeout counted from the call, not from the tab's start, kills tabs that were never slow. The timeout is
    /// about three times a tab's time, as it was with 1.5 s pages and 5 s, so a clock started at the call still kills the
    /// fourth tab and every one after it.
    /// </summary>
    public static HarnessScenario Queue { get; } = new(
        "queue",
        "six slow pages (1 s each, Timeout 3.5 s) in a kitchen with room for one tab at a time, so the last ones wait in line for about 6 s",
        HarnessMode.RunAll,
        Timeout: TimeSpan.FromSeconds(3.5),
        MaxConcurrentWorkers: 1,
        MaxRestarts: 0,
        [.. Enumerable.Range(1, 6).Select(i => new TabJob($"in-line-{i}", $"slow 1000 In line {i}"))],
        ReturnWithin: TimeSpan.FromSeconds(45));

    /// <summary>Check 7: a tab that crashes once, one that always crashes, one that never does, and one that hangs.</summary>
    public static HarnessScenario Restarts { get; } = new(
        "restarts",
        "a tab that crashes on its first try only, a tab that crashes every time, a good tab and a tab that hangs, with two restarts allowed",
        HarnessMode.RunAll,
        // Short, as the hanging tab costs this much of every run; long enough for a crash on a busy machine (a crash
        // takes well under a second on an idle one, and the allowance stretches it).
        Timeout: TimeSpan.FromSeconds(3),
        MaxConcurrentWorkers: 4,
        MaxRestarts: 2,
        [
            new("once", "crash-once Second helping"),
            new("always", "throw-on-thread"),
            new("fine", "render Bread"),
            // A timed-out tab is not restarted: it would only hang again.
            new("stuck", "hang"),
        ],
        ReturnWithin: TimeSpan.FromSeconds(40));

    /// <summary>Check 8: three hung tabs and a cancellation.</summary>
    public static HarnessScenario Cancel { get; } = new(
        "cancel",
        "three tabs that hang (timeout 60 s), and the evening is cancelled once all three are running",
        HarnessMode.CancelMidway,
        Timeout: TimeSpan.FromSeconds(60),
        MaxConcurrentWorkers: 3,
        MaxRestarts: 0,
        [new("late-1", "hang"), new("late-2", "hang"), new("late-3", "hang")],
        ReturnWithin: Margins.AfterCancel + TimeSpan.FromSeconds(5));

    /// <summary>Check 9: bad arguments, one at a time; no tab is opened.</summary>
    public static HarnessScenario BadArguments { get; } = new(
        "bad-arguments",
        "a supervisor built with bad options, and calls with no job at all",
        HarnessMode.BadArguments,
        Timeout: TimeSpan.FromSeconds(10),
        MaxConcurrentWorkers: 2,
        MaxRestarts: 0,
        [],
        ReturnWithin: TimeSpan.FromSeconds(10));

    /// <summary>Every scenario.</summary>
    public static IReadOnlyList<HarnessScenario> All { get; } = [EveryPage, HungTabs, Throttle, Queue, Restarts, Cancel, BadArguments];

    /// <summary>
    /// The evenings played side by side, each in a harness of its own, one group after the other: today one group of
    /// all seven. An evening mostly waits (on a hung tab's timeout, on slow pages), and every limit it is judged by still
    /// grows by the busy-machine allowance, measured while its group plays. This grouping passed every correct
    /// supervisor under load and caught every timing rule breaker as often as two groups did (docs/measurements.md,
    /// "Kata 3's evenings all at once"); a new grouping needs those runs again.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<HarnessScenario>> SideBySide { get; } =
    [
        [EveryPage, HungTabs, Cancel, BadArguments, Throttle, Queue, Restarts],
    ];

    /// <summary>The evenings played side by side with <paramref name="scenario"/>, itself included.</summary>
    public static IReadOnlyList<HarnessScenario> PlayedWith(HarnessScenario scenario) =>
        SideBySide.FirstOrDefault(evenings => evenings.Contains(scenario)) ?? [scenario];

    /// <summary>The scenario called <paramref name="name"/>.</summary>
    public static HarnessScenario Named(string name) =>
        All.FirstOrDefault(s => s.Name == name) ?? throw new ArgumentException($"No scenario is called \"{name}\".", nameof(name));
}
