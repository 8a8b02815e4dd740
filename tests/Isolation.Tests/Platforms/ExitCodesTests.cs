using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Isolation.Tests.Platforms;

/// <summary>Each system's exit codes, read on any machine: the tables are plain data, no system call.</summary>
[TestFixture]
public sealed class ExitCodesTests
{
    [TestCase(unchecked((int)0xC00000FD), ExitKind.StackOverflow, "stack overflow (exit code 0xC00000FD)")]
    [TestCase(unchecked((int)0xC0000409), ExitKind.FailFast, "Environment.FailFast (exit code 0xC0000409)")]
    [TestCase(unchecked((int)0x80131623), ExitKind.FailFast, "Environment.FailFast (exit code 0x80131623)")]
    [TestCase(unchecked((int)0xE0434352), ExitKind.UnhandledException, "unhandled exception (exit code 0xE0434352)")]
    [TestCase(unchecked((int)0xC0000005), ExitKind.AccessViolation, "access violation (exit code 0xC0000005)")]
    public void Windows_names_the_crash_from_its_NTSTATUS_code_alone(int code, ExitKind kind, string reason)
    {
        var verdict = ExitClassifier.Classify(code, timedOut: false, "", Platform.Windows().ExitCodes);
        Assert.Multiple(() =>
        {
            Assert.That(verdict.Kind, Is.EqualTo(kind));
            Assert.That(verdict.Reason, Is.EqualTo(reason));
            Assert.That(verdict.Signal, Is.Null, "Windows has no signals");
            Assert.That(verdict.Crashed, Is.True);
        });
    }

    [Test]
    public void Windows_keeps_the_runtimes_last_words_over_the_code()
    {
        var verdict = ExitClassifier.Classify(unchecked((int)0xE0434352), timedOut: false, "Unhandled exception. System.InvalidOperationException: Hot oil.", Platform.Windows().ExitCodes);
        Assert.That(verdict.Reason, Is.EqualTo("unhandled exception: System.InvalidOperationException: Hot oil. (exit code 0xE0434352)"));
    }

    [TestCase(134)]
    [TestCase(137)]
    [TestCase(3)]
    public void Windows_does_not_read_128_plus_n_as_a_signal(int code)
    {
        var verdict = ExitClassifier.Classify(code, timedOut: false, "", Platform.Windows().ExitCodes);
        Assert.Multiple(() =>
        {
            Assert.That(verdict.Kind, Is.EqualTo(ExitKind.ExitCode));
            Assert.That(verdict.Reason, Is.EqualTo($"exit code {code}"));
        });
    }

    [TestCase(137, 9, "killed by signal 9, SIGKILL")]
    [TestCase(134, 6, "killed by signal 6, SIGABRT")]
    [TestCase(135, 7, "killed by signal 7, SIGBUS")]
    [TestCase(139, 11, "killed by signal 11, SIGSEGV")]
    public void Linux_reads_128_plus_n_as_signal_n(int code, int signal, string reason)
    {
        var verdict = ExitClassifier.Classify(code, timedOut: false, "", Platform.Linux().ExitCodes);
        Assert.Multiple(() =>
        {
            Assert.That(verdict.Kind, Is.EqualTo(ExitKind.Signal));
            Assert.That(verdict.Signal, Is.EqualTo(signal));
            Assert.That(verdict.Reason, Is.EqualTo(reason));
        });
    }

    [TestCase(135, "killed by signal 7, SIGEMT")]
    [TestCase(138, "killed by signal 10, SIGBUS")]
    [TestCase(145, "killed by signal 17, SIGSTOP")]
    [TestCase(137, "killed by signal 9, SIGKILL")]
    public void MacOS_names_its_own_signal_numbers(int code, string reason) =>
        Assert.That(ExitClassifier.Classify(code, timedOut: false, "", Platform.MacOS().ExitCodes).Reason, Is.EqualTo(reason));

    [Test]
    public void A_stack_overflow_on_linux_is_told_by_the_runtimes_words_not_the_signal()
    {
        var verdict = ExitClassifier.Classify(134, timedOut: false, "Stack overflow.\n   at A.B()", Platform.Linux().ExitCodes);
        Assert.That(verdict.Reason, Is.EqualTo("stack overflow (killed by signal 6, SIGABRT)"));
    }
}
