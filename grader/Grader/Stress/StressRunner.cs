using System.Diagnostics;

namespace KitchenKatas.Grader.Stress;

/// <summary>
/// Shakes a scenario on every core for a time budget: gated trials on long-lived pinned threads,
/// several side by side when there are cores to spare, with a watchdog that turns a stuck trial into a verdict.
/// </summary>
public static class StressRunner
{
    private static readonly TimeSpan WatchdogTick = TimeSpan.FromMilliseconds(20);

    /// <summary>Runs <paramref name="scenario"/> until its budget is spent, or until the first forbidden outcome when asked.</summary>
    public static StressResult Run<TState, TOutcome>(StressScenario<TState, TOutcome> scenario, StressOptions options)
        where TState : class
        where TOutcome : notnull
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var cpus = CoreAffinity.AllowedCpus();
        var chefs = scenario.Chefs.Count;
        var lanes = Math.Max(1, options.Lanes ?? Environment.ProcessorCount / chefs);
        var started = Stopwatch.GetTimestamp();
        var budgetTicks = (long)(options.Budget.TotalSeconds * Stopwatch.Frequency);
        var control = new RunControl(
            started + budgetTicks,
            started + (long)(budgetTicks * Math.Max(1, options.MaxBudgetFactor)),
            options.MinTrials,
            options.StopAtFirstForbidden);
        var running = Enumerable.Range(0, lanes)
            .Select(i => new TrialLane<TState, TOutcome>(scenario, control, options, cpus, i))
            .ToArray();
        foreach (var lane in running)
        {
            lane.Start();
        }

        var hang = Watch(running, options.TrialTimeout);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return Summarize(scenario, options, running, hang, control, elapsed, cpus.Count, lanes);
    }

    // The calling thread sleeps and looks in now and then, so the watchdog costs the chefs no core.
    private static string? Watch<TState, TOutcome>(TrialLane<TState, TOutcome>[] lanes, TimeSpan trialTimeout)
        where TState : class
        where TOutcome : notnull
    {
        while (!lanes.All(l => l.Finished))
        {
            Thread.Sleep(WatchdogTick);
            foreach (var lane in lanes)
            {
                if (lane.StuckFor(trialTimeout) is { } who)
                {
                    return who;
                }
            }
        }

        return null;
    }

    private static StressResult Summarize<TState, TOutcome>(
        StressScenario<TState, TOutcome> scenario, StressOptions options, TrialLane<TState, TOutcome>[] lanes,
        string? stuck, RunControl control, TimeSpan elapsed, int cores, int laneCount)
        where TState : class
        where TOutcome : notnull
    {
        if (stuck is not null)
        {
            control.Abandon(); // lanes stuck in learner code stay behind as background threads
            SpinWait.SpinUntil(() => lanes.Count(l => !l.Finished) <= 1, TimeSpan.FromMilliseconds(250));
        }

        // A lane that is not finished is either stuck or about to leave; its tally may still move, so only read finished ones.
        var rows = new Dictionary<string, (long Count, OutcomeGrade Grade, string Meaning, OutcomeKind Kind)>();
        var finished = lanes.Where(l => l.Finished).ToArray();
        foreach (var lane in finished)
        {
            lane.Tally.MergeInto(rows, scenario.Describe);
        }

        long trials = finished.Sum(l => l.Tally.Trials);
        if (stuck is not null)
        {
            rows[$"stuck: {stuck}"] = (1, OutcomeGrade.Forbidden,
                "A trial never finished: an endless loop, or chefs waiting on each other for ever (a deadlock).", OutcomeKind.Hang);
        }

        var total = Math.Max(1, rows.Values.Sum(r => r.Count));
        var histogram = rows
            .Select(r => new OutcomeCount(r.Key, r.Value.Count, 100.0 * r.Value.Count / total, r.Value.Grade, r.Value.Meaning, r.Value.Kind))
            .OrderByDescending(r => r.Grade)
            .ThenByDescending(r => r.Count)
            .ToArray();
        var firstThrowing = finished.FirstOrDefault(l => l.Tally.FirstException is not null)?.Tally;
        var verdict = stuck is not null ? StressVerdict.Hung
            : histogram.Any(r => r.Grade == OutcomeGrade.Forbidden) ? StressVerdict.RaceSeen
            : StressVerdict.NoRaceSeen;
        return new StressResult
        {
            Title = scenario.Title,
            Expectation = scenario.Expectation,
            Verdict = verdict,
            Trials = trials,
            Elapsed = elapsed,
            Histogram = histogram,
            TimeToDetection = verdict == StressVerdict.Hung ? elapsed : control.TimeToDetection,
            HangDetail = stuck,
            FirstException = firstThrowing is null ? null : $"{firstThrowing.FirstThrower}: {firstThrowing.FirstException}",
            Options = options,
            Cores = cores,
            Lanes = laneCount,
        };
    }
}
