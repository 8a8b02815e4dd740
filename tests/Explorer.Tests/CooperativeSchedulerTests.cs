using KitchenKatas.Grader.Exploration;

namespace KitchenKatas.Explorer.Tests;

[TestFixture]
public sealed class CooperativeSchedulerTests
{
    [Test]
    public void Two_locks_taken_in_opposite_orders_deadlock_and_the_report_says_who_holds_and_who_waits()
    {
        var result = FixtureKitchens.Explore("Deadlock", "OppositeOrders", new ExplorerOptions());
        TestContext.Out.WriteLine(result.Interleaving);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.FailureFound));
            Assert.That(result.Interleaving?.Kind, Is.EqualTo(FailureKind.Deadlock));
            Assert.That(result.Interleaving?.ContextSwitches, Is.EqualTo(1), "one switch, right after the first lock, is enough");
            Assert.That(result.Interleaving?.Found, Does.Contain("Chef 1 holds _knives and waits for _boards (held by Chef 2)"));
            Assert.That(result.Interleaving?.Found, Does.Contain("Chef 2 holds _boards and waits for _knives (held by Chef 1)"));
            Assert.That(result.Interleaving?.Rows.Select(r => r.Text), Does.Contain("waits for _boards (held by Chef 2)"));
        });
    }

    [Test]
    public void A_chef_blocked_outside_the_model_makes_the_explorer_give_up_instead_of_hanging_or_failing()
    {
        var result = FixtureKitchens.Explore("SleepyChef", "LongNaps", new ExplorerOptions { StuckAfter = TimeSpan.FromMilliseconds(300) });
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.CannotModel));
            Assert.That(result.Passed, Is.True, "code the explorer cannot model is never a failure");
            Assert.That(result.Note, Does.Contain("relies on stress alone"));
        });
    }

    private static readonly string[] TimedPrimitives = ["Monitor", "Lock", "SemaphoreSlim", "SemaphoreSlim.WaitAsync", "ReaderWriterLockSlim", "SpinLock"];

    [TestCaseSource(nameof(TimedPrimitives))]
    public void A_timed_attempt_on_a_held_pass_may_run_out_of_time_and_the_explorer_tries_that(string primitive)
    {
        var result = FixtureKitchens.Explore("TimedAttempts", primitive.Replace(".", "", StringComparison.Ordinal) + "TimesOut", new ExplorerOptions());
        TestContext.Out.WriteLine(result.Interleaving);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.FailureFound), result.Note);
            Assert.That(result.Interleaving?.ContextSwitches, Is.EqualTo(1), "one switch while the first chef holds the pass");
            Assert.That(result.Interleaving?.Rows.Select(r => r.Text), Has.Some.Contains("its time runs out first: gives up"));
        });
    }

    [TestCaseSource(nameof(TimedPrimitives))]
    public void A_timed_attempt_on_a_held_pass_may_wait_until_the_holder_lets_go_and_the_explorer_tries_that(string primitive)
    {
        var result = FixtureKitchens.Explore("TimedAttempts", primitive.Replace(".", "", StringComparison.Ordinal) + "Waits", new ExplorerOptions());
        TestContext.Out.WriteLine(result.Interleaving);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.FailureFound), result.Note);
            Assert.That(result.Interleaving?.ContextSwitches, Is.EqualTo(1), "with one switch, only waiting explains a busy pass that was then taken");
            Assert.That(result.Interleaving?.Rows.Select(r => r.Text), Has.Some.StartsWith("waits, for a while, for"));
        });
    }

    [Test]
    public void Timed_attempts_in_opposite_orders_never_deadlock_because_the_time_runs_out()
    {
        var result = FixtureKitchens.Explore("TimedAttempts", "ToolsInOppositeOrders", new ExplorerOptions());
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.NoFailureFound), result.Interleaving?.ToString() ?? result.Note);
            Assert.That(result.CompleteUpTo, Is.EqualTo(result.Bound), "every schedule within the bound ran");
        });
    }

    [Test]
    public void A_schedule_where_the_time_ran_out_replays_from_its_token_to_the_same_table()
    {
        var found = FixtureKitchens.Explore("TimedAttempts", "SpinLockTimesOut", new ExplorerOptions());
        var replayed = FixtureKitchens.Explore("TimedAttempts", "SpinLockTimesOut", new ExplorerOptions { Replay = found.Interleaving?.ReplayToken });
        Assert.Multiple(() =>
        {
            Assert.That(replayed.Replayed, Is.True);
            Assert.That(replayed.Interleaving?.ToString(), Is.EqualTo(found.Interleaving?.ToString()));
        });
    }
}
