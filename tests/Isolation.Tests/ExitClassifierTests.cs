using KitchenKatas.Grader.Isolation;

namespace KitchenKatas.Isolation.Tests;

[TestFixture]
public sealed class ExitClassifierTests
{
    [Test]
    public void Exit_code_zero_is_success() =>
        Assert.That(ExitClassifier.Classify(0, timedOut: false, "").Kind, Is.EqualTo(ExitKind.Succeeded));

    [Test]
    public void A_plain_non_zero_exit_code_is_named() =>
        Assert.That(ExitClassifier.Classify(3, timedOut: false, "").Reason, Is.EqualTo("exit code 3"));

    [Test]
    public void Exit_code_137_is_killed_by_signal_9_on_unix()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False);
        var verdict = ExitClassifier.Classify(137, timedOut: false, "");
        Assert.Multiple(() =>
        {
            Assert.That(verdict.Kind, Is.EqualTo(ExitKind.Signal));
            Assert.That(verdict.Signal, Is.EqualTo(9));
            Assert.That(verdict.Reason, Is.EqualTo("killed by signal 9, SIGKILL"));
        });
    }

    [TestCase("Stack overflow.\nRepeated 1000 times:\n   at A.B()", ExitKind.StackOverflow, "stack overflow")]
    [TestCase("Out of memory.", ExitKind.OutOfMemory, "out of memory")]
    [TestCase("Process terminated.\nThe oven is on fire.\n   at X.Y()", ExitKind.FailFast, "Environment.FailFast: The oven is on fire.")]
    [TestCase("Unhandled exception. System.InvalidOperationException: Hot oil.\n   at X.Y()", ExitKind.UnhandledException, "unhandled exception: System.InvalidOperationException: Hot oil.")]
    public void The_runtimes_last_words_name_the_death(string standardError, ExitKind kind, string words)
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False);
        var verdict = ExitClassifier.Classify(134, timedOut: false, standardError);
        Assert.Multiple(() =>
        {
            Assert.That(verdict.Kind, Is.EqualTo(kind));
            Assert.That(verdict.Reason, Does.StartWith(words));
            Assert.That(verdict.Reason, Does.EndWith("(killed by signal 6, SIGABRT)"));
        });
    }

    [Test]
    public void A_timeout_wins_over_everything_else() =>
        Assert.That(ExitClassifier.Classify(null, timedOut: true, "Stack overflow.").Kind, Is.EqualTo(ExitKind.TimedOut));

    [Test]
    public void The_tail_keeps_the_last_non_empty_lines() =>
        Assert.That(ExitClassifier.Tail("a\n\nb\r\nc\n\n", 2), Is.EqualTo("b\nc"));
}
