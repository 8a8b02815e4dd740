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
}
