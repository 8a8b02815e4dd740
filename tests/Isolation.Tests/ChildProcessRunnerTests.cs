using KitchenKatas.Grader.Isolation;

namespace KitchenKatas.Isolation.Tests;

[TestFixture]
[NonParallelizable] // children want the cores; a two-core machine has none to spare
public sealed class ChildProcessRunnerTests
{
    [Test]
    public void A_child_that_hangs_is_killed_at_its_timeout_and_reported_TimedOut()
    {
        var result = Child.Run("hang", TimeSpan.FromSeconds(3), captureStacks: false);
        Assert.Multiple(() =>
        {
            Assert.That(result.TimedOut, Is.True);
            Assert.That(result.ExitCode, Is.Null);
            Assert.That(result.Verdict.Kind, Is.EqualTo(ExitKind.TimedOut));
            Assert.That(Child.IsGoneSoon(result.ProcessId), Is.True, "The hung child must be gone.");
        });
    }

    [Test]
    public void A_flood_of_output_is_capped_and_keeps_its_first_and_last_lines()
    {
        var result = Child.Run("flood", TimeSpan.FromMinutes(2));
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict.Kind, Is.EqualTo(ExitKind.Succeeded), result.Describe());
            Assert.That(result.OutputTruncated, Is.True);
            Assert.That(result.StandardOutput, Has.Length.LessThan(101_000), "20 MB of output must be cut down to about the cap.");
            Assert.That(result.StandardOutput, Does.StartWith("first line of the flood"));
            Assert.That(result.StandardOutput.TrimEnd(), Does.EndWith("last line of the flood"));
            Assert.That(result.StandardOutput, Does.Contain("characters were cut here"));
        });
    }

    [Test]
    public void A_hung_childs_grandchild_is_killed_with_it()
    {
        var result = Child.Run("grandchild-then-hang", TimeSpan.FromSeconds(4), captureStacks: false);
        var grandchild = Child.GrandchildOf(result);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict.Kind, Is.EqualTo(ExitKind.TimedOut));
            Assert.That(Child.IsGoneSoon(grandchild), Is.True, $"Grandchild {grandchild} outlived the tree kill.");
        });
    }

    [Test]
    public void A_grandchild_orphaned_by_a_child_that_exited_is_killed_too()
    {
        var result = Child.Run("grandchild-then-exit", TimeSpan.FromMinutes(1));
        var grandchild = Child.GrandchildOf(result);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict.Kind, Is.EqualTo(ExitKind.Succeeded), result.Describe());
            Assert.That(result.OrphansKilled, Is.GreaterThanOrEqualTo(1));
            Assert.That(Child.IsGoneSoon(grandchild), Is.True, $"Orphaned grandchild {grandchild} is still running.");
        });
    }

    [TestCase("fail-fast", ExitKind.FailFast, "The pastry chef walked out.")]
    [TestCase("stack-overflow", ExitKind.StackOverflow, "stack overflow")]
    [TestCase("exit-3", ExitKind.ExitCode, "exit code 3")]
    public void A_child_that_dies_is_classified_by_what_killed_it(string mode, ExitKind kind, string words)
    {
        var result = Child.Run(mode, TimeSpan.FromMinutes(1));
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict.Kind, Is.EqualTo(kind), result.Describe());
            Assert.That(result.Verdict.Reason, Does.Contain(words));
        });
    }

    [Test]
    public void A_child_killed_by_a_signal_is_said_to_be_killed_by_that_signal()
    {
        var result = Child.Run("fail-fast", TimeSpan.FromMinutes(1));
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Windows reports no signals.");
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict.Signal, Is.EqualTo(6));
            Assert.That(result.Verdict.Reason, Does.Contain("killed by signal 6, SIGABRT"));
            Assert.That(result.Verdict.Crashed, Is.True);
        });
    }
}
