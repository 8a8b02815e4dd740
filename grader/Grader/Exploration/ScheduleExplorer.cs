using System.Diagnostics;
using KitchenKatas.Grader.Stress;

namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Searches the schedules of a scenario for one that fails: every schedule with no context switch, then with one,
/// then two (iterative context bounding, as in CHESS), earliest switches first; when the bound cannot be covered
/// within the budget, PCT spends the rest. The first failing schedule is run again, recorded, for its report.
/// </summary>
public static class ScheduleExplorer
{
    /// <summary>Explores <paramref name="scenario"/>, which must come from an instrumented build (see <see cref="ExplorationBuild"/>).</summary>
    public static ExplorationResult Explore(IStressScenario scenario, ExplorerOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        return scenario.Accept(new Exploring(options));
    }

    private static ExplorationResult Explore<TState, TOutcome>(StressScenario<TState, TOutcome> scenario, ExplorerOptions options)
        where TState : class
        where TOutcome : notnull
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        using var chefs = new Chefs(scenario.Chefs.Count);
        if (ReplayToken.TryParse(options.Replay, out var token) && token!.Scenario == scenario.DeclaringMember)
        {
            return Replay(scenario, options, token, clock, chefs);
        }

        var search = new BoundedSearch(options.MaxContextSwitches, BoundedBudget(options));
        ScheduleRun? failed = null;
        ScheduleRun? overlap = null;
        var sinceOverlap = 0;
        while (failed is null && search.Next() is { } prefix && !OutOfTime(options, clock) && (overlap is null || sinceOverlap++ < OverlapGrace))
        {
            var run = ScheduleRunner.Run(scenario, new ScriptedChooser(prefix), false, options, chefs.Threads);
            if (run.Unmodelled is not null)
            {
                return CannotModel(run.Unmodelled, search.Explored + 1, options, clock);
            }

            search.Expand(prefix, run.Decisions);
            if (run.Failure is { Kind: FailureKind.Overlap })
            {
                overlap ??= run;
            }
            else if (run.Failure is not null && (overlap is null || Switches(run) <= Switches(overlap)))
            {
                failed = run;
            }
        }

        failed ??= overlap;

        var pct = 0;
        if (failed is null && !search.Complete)
        {
            var random = new Random(options.Seed);
            var budget = options.MaxSchedules - search.Explored;
            for (; pct < budget && failed is null && !OutOfTime(options, clock); pct++)
            {
                var run = ScheduleRunner.Run(scenario, new PctChooser(scenario.Chefs.Count, options.PctDepth, Math.Max(1, search.LongestSchedule), random), false, options, chefs.Threads);
                if (run.Unmodelled is not null)
                {
                    return CannotModel(run.Unmodelled, search.Explored + pct + 1, options, clock);
                }

                failed = run.Failure is null ? null : run;
            }
        }

        var result = new ExplorationResult
        {
            Verdict = ExplorationVerdict.NoFailureFound,
            SchedulesExplored = search.Explored + pct,
            PctSchedules = pct,
            Bound = options.MaxContextSwitches,
            CompleteUpTo = search.CompleteUpTo,
            Unexplored = search.Pending,
            Elapsed = clock.Elapsed,
        };
        if (failed is null)
        {
            return result;
        }

        var replayToken = ReplayToken.Of(scenario.DeclaringMember, failed.Decisions);
        var recorded = ScheduleRunner.Run(scenario, new ScriptedChooser(replayToken.Switches), true, options, chefs.Threads);
        return recorded.Failure is null || recorded.Unmodelled is not null
            ? CannotModel("the failing schedule did not fail again when replayed", result.SchedulesExplored, options, clock)
            : result with { Verdict = ExplorationVerdict.FailureFound, Interleaving = Report(scenario, recorded, replayToken), Elapsed = clock.Elapsed };
    }

    private static ExplorationResult Replay<TState, TOutcome>(
        StressScenario<TState, TOutcome> scenario, ExplorerOptions options, ReplayToken token, Stopwatch clock, Chefs chefs)
        where TState : class
        where TOutcome : notnull
    {
        var run = ScheduleRunner.Run(scenario, new ScriptedChooser(token.Switches), true, options, chefs.Threads);
        if (run.Unmodelled is not null)
        {
            return CannotModel(run.Unmodelled, 1, options, clock);
        }

        var note = run.Diverged ? $"The replay token {token} does not fit this code: it was made for another version of it." : $"Replayed {token}.";
        return new ExplorationResult
        {
            Verdict = run.Failure is null ? ExplorationVerdict.NoFailureFound : ExplorationVerdict.FailureFound,
            SchedulesExplored = 1,
            Replayed = true,
            Bound = options.MaxContextSwitches,
            CompleteUpTo = -1,
            Elapsed = clock.Elapsed,
            Interleaving = run.Failure is null ? null : Report(scenario, run, token),
            Note = run.Failure is null ? note + " This schedule passes." : note,
        };
    }

    private static InterleavingReport Report<TState, TOutcome>(StressScenario<TState, TOutcome> scenario, ScheduleRun run, ReplayToken token)
        where TState : class
        where TOutcome : notnull
    {
        var trace = run.Trace!;
        return new InterleavingReport
        {
            Title = scenario.Title,
            Expectation = scenario.Expectation,
            Kind = run.Failure!.Kind,
            Found = run.Failure.Found,
            Meaning = run.Failure.Meaning,
            ContextSwitches = run.Decisions.Count(d => d.IsPreemption),
            Chefs = trace.Chefs.Select((name, i) => trace.FirstEntry[i] is { } first ? $"{name} ({first})" : name).ToArray(),
            Rows = run.Failure.Kind == FailureKind.Overlap ? trace.RowsUpToFailure : trace.Rows,
            ReplayToken = token.ToString(),
        };
    }

    private static ExplorationResult CannotModel(string reason, int explored, ExplorerOptions options, Stopwatch clock) => new()
    {
        Verdict = ExplorationVerdict.CannotModel,
        SchedulesExplored = explored,
        Bound = options.MaxContextSwitches,
        CompleteUpTo = -1,
        Elapsed = clock.Elapsed,
        Note = $"The explorer cannot model this code ({reason}); the check relies on stress alone.",
    };

    /// <summary>The chefs' threads for one exploration, replaced when a schedule leaves one stuck.</summary>
    private sealed class Chefs(int count) : IDisposable
    {
        private ChefThreads _threads = new(count);

        public ChefThreads Threads
        {
            get
            {
                if (!_threads.Healthy)
                {
                    _threads.Dispose(); // the stuck ones leave when their learner code returns, if ever
                    _threads = new ChefThreads(count);
                }

                return _threads;
            }
        }

        public void Dispose() => _threads.Dispose();
    }

    // Two chefs inside one Dictionary is a real race, but a wrong count tells the story better: look a little further
    // for a schedule with no more context switches whose outcome is wrong.
    private const int OverlapGrace = 200;

    private static int Switches(ScheduleRun run) => run.Decisions.Count(d => d.IsPreemption);

    private static int BoundedBudget(ExplorerOptions options) => Math.Max(1, (int)(options.MaxSchedules * (1 - options.PctShare)));

    private static bool OutOfTime(ExplorerOptions options, Stopwatch clock) => options.TimeBudget is { } budget && clock.Elapsed > budget;

    // The explorer as a visitor: reaches the typed scenario behind an IStressScenario from another load context.
    private sealed class Exploring(ExplorerOptions options) : IScenarioVisitor<ExplorationResult>
    {
        public ExplorationResult Visit<TState, TOutcome>(StressScenario<TState, TOutcome> scenario)
            where TState : class
            where TOutcome : notnull => Explore(scenario, options);
    }
}
