using KitchenKatas.Grader.Stress;

namespace KitchenKatas.Grader.Exploration;

/// <summary>Runs one schedule of a scenario under the <see cref="CooperativeScheduler"/> and judges it like a stress trial.</summary>
internal static class ScheduleRunner
{
    public static ScheduleRun Run<TState, TOutcome>(
        StressScenario<TState, TOutcome> scenario, IScheduleChooser chooser, bool record, ExplorerOptions options, ChefThreads threads)
        where TState : class
        where TOutcome : notnull
    {
        TState state;
        IReadOnlyList<SpawnedChef> startedInSetup;
        try
        {
            // Threads the setup starts (a pool's chefs) become chefs of the schedule.
            using (ExplorationHooks.CollectSetupThreads(out startedInSetup))
            {
                state = scenario.CreateState();
            }
        }
        catch (Exception e)
        {
            return new ScheduleRun([], null, $"the kitchen's setup threw {e.GetType().Name}", false, null);
        }

        var scheduler = new CooperativeScheduler(scenario.ChefNames, chooser, record, options.MaxStepsPerSchedule, options.EarlyTimeouts);
        scheduler.Start(scenario.Chefs.Select(a => (Action)(() => a.Act(state))).ToArray(), threads, startedInSetup);
        var finished = scheduler.WaitForAll(options.StuckAfter);

        // The final check reads the state while the threads the code started still sleep; then they are let go.
        var judged = finished && scheduler is { Unmodelled: null, FailedAssert: null, Thrown: null, Deadlock: null } ? Judge(scenario, state) : default;
        scheduler.Retire(options.StuckAfter);
        if (threads.WaitIdle(finished ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(200)))
        {
            scheduler.Dispose(); // a chef stuck outside the model may still hold its baton: then leave it be
        }

        if (scheduler.Unmodelled is { } unmodelled)
        {
            return new ScheduleRun(scheduler.Decisions, null, unmodelled, chooser.Diverged, scheduler.Trace);
        }

        if (scheduler.FailedAssert is { } assert)
        {
            return Done(new ScheduleFailure(FailureKind.Exception, assert, null));
        }

        if (scheduler.Thrown is { } thrown)
        {
            return Done(new ScheduleFailure(FailureKind.Exception, $"{thrown.Chef} threw {thrown.Error.GetType().Name}: {thrown.Error.Message}", null));
        }

        if (scheduler.Deadlock is { } deadlock)
        {
            return Done(new ScheduleFailure(FailureKind.Deadlock, deadlock, null));
        }

        if (!finished)
        {
            return new ScheduleRun(scheduler.Decisions, null, "the schedule was abandoned", chooser.Diverged, scheduler.Trace);
        }

        if (judged.Error is { } error)
        {
            return Done(new ScheduleFailure(FailureKind.Exception, $"the final check threw {error.GetType().Name}: {error.Message}", null));
        }

        var outcome = judged.Outcome!;

        var rule = scenario.Classify(outcome);
        if (rule.Grade == OutcomeGrade.Forbidden)
        {
            return Done(new ScheduleFailure(FailureKind.ForbiddenOutcome, scenario.Describe(outcome), rule.Meaning));
        }

        return Done(scheduler.Overlap is { } overlap ? new ScheduleFailure(FailureKind.Overlap, overlap, null) : null);

        ScheduleRun Done(ScheduleFailure? failure) => new(scheduler.Decisions, failure, null, chooser.Diverged, scheduler.Trace);
    }

    private static (TOutcome? Outcome, Exception? Error) Judge<TState, TOutcome>(StressScenario<TState, TOutcome> scenario, TState state)
        where TState : class
        where TOutcome : notnull
    {
        try
        {
            return (scenario.Arbiter(state), null);
        }
        catch (Exception e)
        {
            return (default, e);
        }
    }
}
