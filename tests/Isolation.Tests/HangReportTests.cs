using KitchenKatas.Grader.Isolation;

namespace KitchenKatas.Isolation.Tests;

[TestFixture]
[NonParallelizable]
public sealed class HangReportTests
{
    [Test]
    public void A_hung_child_is_reported_with_the_stack_of_the_thread_that_hangs()
    {
        var result = Child.Run("hang", TimeSpan.FromSeconds(3));
        Assert.That(result.HangReport, Does.Contain("ChildPrograms.HangForever"), result.Describe());
    }

    [Test]
    public void A_deadlocked_child_is_reported_with_which_thread_holds_which_lock()
    {
        var result = Child.Run("deadlock", TimeSpan.FromSeconds(5));
        TestContext.Out.WriteLine(result.Describe());
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict.Kind, Is.EqualTo(ExitKind.TimedOut));
            Assert.That(result.HangReport, Does.Contain("ChildPrograms.HoldThenWait"), result.Describe());
            Assert.That(result.HangReport, Does.Match(@"thread \d+ holds the lock on System\.Object"), result.Describe());
            Assert.That(result.HangReport, Does.Contain("deadlocked"), result.Describe());
        });
    }

    [Test]
    public void A_process_that_is_not_dotnet_or_is_gone_gives_a_short_note_instead_of_an_exception()
    {
        var report = HangReport.Capture([int.MaxValue - 7], TimeSpan.FromSeconds(10));
        Assert.That(report, Does.Contain("could not be read").Or.Empty);
    }
}
