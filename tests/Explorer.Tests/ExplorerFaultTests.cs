using KitchenKatas.Grader.Exploration;

namespace KitchenKatas.Explorer.Tests;

/// <summary>The faults the explorer's first edition had, each pinned by the small kitchen that showed it.</summary>
[TestFixture]
public sealed class ExplorerFaultTests
{
    [Test]
    public void Does_not_report_two_chefs_in_a_queue_when_a_caught_Dequeue_threw_under_the_lock()
    {
        var result = FixtureKitchens.Explore("CaughtDequeue", "TakeWhileOrdering", new ExplorerOptions());
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.NoFailureFound), result.Interleaving?.ToString() ?? result.Note);
            Assert.That(result.CompleteUpTo, Is.EqualTo(result.Bound));
        });
    }

    [Test]
    public void Finds_the_lost_count_in_an_increment_that_is_the_whole_body_of_a_void_lambda()
    {
        // The rewrite once turned "Action count = () => _plates++;" into arithmetic no void lambda may hold, so the
        // explorer could not build the code and left the race to stress.
        var result = FixtureKitchens.Explore("ArrowCount", "TwoChefsCount", new ExplorerOptions());
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.FailureFound), result.Note);
            Assert.That(result.Interleaving?.Kind, Is.EqualTo(FailureKind.ForbiddenOutcome));
        });
    }

    [Test]
    public void Reports_an_exception_thrown_while_a_lock_is_held_as_the_exception_not_a_deadlock()
    {
        var result = FixtureKitchens.Explore("ThrowUnderLock", "BurnWhileHolding", new ExplorerOptions());
        TestContext.Out.WriteLine(result.Interleaving);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.FailureFound), result.Note);
            Assert.That(result.Interleaving?.Kind, Is.EqualTo(FailureKind.Exception));
            Assert.That(result.Interleaving?.Found, Does.Contain("Chef 1 threw InvalidOperationException: the soup burned"));
        });
    }

    [Test]
    public void Reports_the_throw_as_the_last_row_with_no_other_chef_after_it()
    {
        var rows = FixtureKitchens.Explore("ThrowUnderLock", "BurnWhileHolding", new ExplorerOptions()).Interleaving?.Rows;
        Assert.That(rows, Is.Not.Null.And.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(rows![^1].Text, Is.EqualTo("throws InvalidOperationException: the soup burned"));
            Assert.That(rows[^1].Chef, Is.EqualTo(0), "Chef 1 threw");
        });
    }

    [Test]
    public void Reports_an_overlap_in_the_row_where_it_happens_and_ends_the_table_there()
    {
        var result = FixtureKitchens.Explore("ThrowUnderLock", "PlatingTogether", new ExplorerOptions());
        TestContext.Out.WriteLine(result.Interleaving);
        var rows = result.Interleaving?.Rows;
        Assert.That(rows, Is.Not.Null.And.Not.Empty, result.Note);
        Assert.Multiple(() =>
        {
            Assert.That(result.Interleaving!.Kind, Is.EqualTo(FailureKind.Overlap));
            Assert.That(rows![^1].Note, Does.Contain("is still inside _plates.Enqueue"));
            Assert.That(rows[^1].Text, Does.StartWith("calls _plates.Enqueue"));
            Assert.That(rows.Where(r => r.Note is not null), Has.Exactly(1).Items, "one note, on the row of the overlap");
            Assert.That(rows.Where(r => r.Text.StartsWith("-> ", StringComparison.Ordinal)), Is.Not.Empty.And.All.Matches<TraceRow>(r => r!.Location.StartsWith("Kitchen.cs:", StringComparison.Ordinal)),
                "a row for entering a method says where the method is");
        });
    }

    [TestCase("AssertedServes", "Debug.Assert failed")]
    [TestCase("CheckedServes", "another chef served in between")]
    public void Reports_a_failure_only_the_learners_Debug_code_sees_when_their_build_is_Debug(string scenario, string found)
    {
        var result = FixtureKitchens.Explore("DebugAsserts", scenario, new ExplorerOptions(), debug: true);
        TestContext.Out.WriteLine(result.Interleaving);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.FailureFound), result.Note);
            Assert.That(result.Interleaving?.Found, Does.Contain(found));
        });
    }

    [TestCase("AssertedServes")]
    [TestCase("CheckedServes")]
    public void Does_not_report_Debug_only_checks_when_the_learners_build_is_Release(string scenario)
    {
        var result = FixtureKitchens.Explore("DebugAsserts", scenario, new ExplorerOptions(), debug: false);
        Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.NoFailureFound), result.Interleaving?.ToString() ?? result.Note);
    }

    [Test]
    public void Does_not_call_a_lone_chef_in_timed_waits_unmodelled()
    {
        var result = FixtureKitchens.Explore("LonelyChef", "ThirtyWaits", new ExplorerOptions());
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.NoFailureFound), result.Note);
            Assert.That(result.CompleteUpTo, Is.EqualTo(result.Bound), result.Coverage);
        });
    }

    [Test]
    public void Covers_every_schedule_with_up_to_two_switches_when_a_chef_knocks_ten_times_with_a_timeout()
    {
        var result = FixtureKitchens.Explore("TimedRounds", "KnockingTenRounds", new ExplorerOptions());
        TestContext.Out.WriteLine(result.Coverage);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.NoFailureFound), result.Interleaving?.ToString() ?? result.Note);
            Assert.That(result.CompleteUpTo, Is.EqualTo(2), result.Coverage);
            Assert.That(result.PctSchedules, Is.Zero);
        });
    }

    [Test]
    public void Covers_every_schedule_with_up_to_two_switches_when_a_chef_waits_for_a_while_ten_rounds_in_a_row()
    {
        var result = FixtureKitchens.Explore("TimedRounds", "TakingTenPlates", new ExplorerOptions());
        TestContext.Out.WriteLine(result.Coverage);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.NoFailureFound), result.Interleaving?.ToString() ?? result.Note);
            Assert.That(result.CompleteUpTo, Is.EqualTo(2), result.Coverage);
        });
    }

    [Test]
    public void Does_not_claim_a_level_it_did_not_finish_in_the_coverage()
    {
        var result = new ExplorationResult { Verdict = ExplorationVerdict.NoFailureFound, SchedulesExplored = 3000, Bound = 2, CompleteUpTo = -1, Unexplored = 900 };
        Assert.That(result.Coverage, Is.EqualTo("explored 3,000 of at least 3,900 schedules with up to 2 context switch(es) (not even all of those with no context switch)"));
    }
}
