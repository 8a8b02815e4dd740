using Kitchen.CrashIsolation.Checks;

namespace KitchenKatas.CrashIsolation.Tests;

// Check 3's rules, one at a time, with what the tab program really writes on Linux under .NET 10.
[TestFixture]
public sealed class CrashErrorJudgeTests
{
    private static readonly string[] ThrowOnThread =
    [
        "Unhandled exception. System.InvalidOperationException: A chef on a background thread dropped a pan of hot oil.",
        "at Kitchen.CrashIsolation.TabPage.<>c.<Render>b__4_0()",
        "at System.Threading.Thread.StartCallback()",
    ];

    private static readonly string[] StackOverflow =
    [
        "Stack overflow.",
        "Repeated 261793 times:",
        "--------------------------------",
        "at Kitchen.CrashIsolation.TabPage.Dive(Int32)",
        "--------------------------------",
        "at Kitchen.CrashIsolation.TabPage.Render(System.String)",
        "at Program.<Main>$(System.String[])",
    ];

    private static IReadOnlyList<string> Judge(string page, string error, string[] lines, int exitCode = 134, bool windows = false) =>
        CrashErrorJudge.Problems(page, error, exitCode, lines, windows);

    [Test]
    public void The_reference_solutions_words_for_every_crash_pass()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Judge("throw-on-thread", "unhandled exception (killed by signal 6): " + string.Join(" | ", ThrowOnThread), ThrowOnThread), Is.Empty);
            Assert.That(Judge("stack-overflow", "stack overflow (killed by signal 6): " + string.Join(" | ", StackOverflow.TakeLast(3)), StackOverflow), Is.Empty);
            Assert.That(Judge("allocate-without-end", "out of memory (killed by signal 6): Out of memory.", ["Out of memory."]), Is.Empty);
            Assert.That(Judge("exit 3", "exit code 3", [], exitCode: 3), Is.Empty);
        });
    }

    [Test]
    public void A_name_given_with_the_runtimes_own_words_counts_when_the_line_is_quoted_too()
    {
        Assert.That(Judge("allocate-without-end", "Out of memory. (SIGABRT): Out of memory.", ["Out of memory."]), Is.Empty);
    }

    [Test]
    public void Quoting_standard_error_without_naming_the_crash_is_not_enough()
    {
        var problems = Judge("throw-on-thread", "killed by signal 6: " + string.Join(" | ", ThrowOnThread), ThrowOnThread);
        Assert.That(problems, Has.One.Contains("in your own words").And.Contains("unhandled exception"));
    }

    [Test]
    public void Naming_a_crash_that_did_not_happen_is_wrong()
    {
        var problems = Judge("throw-on-thread", "stack overflow, an unhandled exception (killed by signal 6): " + ThrowOnThread[^1], ThrowOnThread);
        Assert.That(problems, Has.One.Contains("\"stack overflow\", but that is not what happened"));
    }

    [Test]
    public void An_out_of_memory_tab_may_be_called_an_unhandled_exception_too()
    {
        Assert.That(Judge("allocate-without-end", "out of memory, an unhandled exception (signal 6)", ["Out of memory."]), Is.Empty);
    }

    [TestCase("unhandled exception (exit code 134): ", "killed by signal 6")]
    [TestCase("unhandled exception (killed by signal 262): ", "killed by signal 6")]
    [TestCase("unhandled exception (killed by signal 60): ", "killed by signal 6")]
    public void The_signal_a_tab_died_of_is_named_exactly(string start, string asked)
    {
        var problems = Judge("throw-on-thread", start + string.Join(" | ", ThrowOnThread), ThrowOnThread);
        Assert.That(problems, Has.One.Contains(asked));
    }

    [TestCase("unhandled exception (SIGABRT): ")]
    [TestCase("unhandled exception, Signal: 6. ")]
    public void The_signal_may_be_given_by_name_or_number(string start)
    {
        Assert.That(Judge("throw-on-thread", start + ThrowOnThread[^1], ThrowOnThread), Is.Empty);
    }

    [Test]
    public void On_Windows_the_exit_code_itself_is_asked_for()
    {
        var lines = ThrowOnThread;
        Assert.Multiple(() =>
        {
            Assert.That(Judge("throw-on-thread", "unhandled exception (exit code -532462766): " + lines[^1], lines, exitCode: -532462766, windows: true), Is.Empty);
            Assert.That(Judge("throw-on-thread", "unhandled exception (0xE0434352): " + lines[^1], lines, exitCode: -532462766, windows: true), Is.Empty);
            Assert.That(Judge("throw-on-thread", "unhandled exception (killed by signal 6): " + lines[^1], lines, exitCode: -532462766, windows: true),
                Has.One.Contains("0xE0434352"));
        });
    }

    [TestCase("exit code 33")]
    [TestCase("exit code -3")]
    [TestCase("crashed")]
    public void An_exit_page_asks_for_the_very_code_it_chose(string error)
    {
        Assert.That(Judge("exit 3", error, [], exitCode: 3), Has.One.Contains("\"exit code 3\""));
    }

    [Test]
    public void An_exit_page_named_as_a_crash_kind_is_wrong()
    {
        Assert.That(Judge("exit 3", "unhandled exception (exit code 3)", [], exitCode: 3), Has.One.Contains("not what happened"));
    }

    [Test]
    public void The_last_lines_of_standard_error_are_asked_for_and_the_rulers_do_not_count()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Judge("stack-overflow", "stack overflow (killed by signal 6): Stack overflow.", StackOverflow),
                Has.One.Contains("last lines").And.Contains("at Program.<Main>$(System.String[])"));
            Assert.That(Judge("stack-overflow", "stack overflow (killed by signal 6): --------------------------------", StackOverflow),
                Has.One.Contains("last lines"));
            Assert.That(Judge("stack-overflow", "stack overflow (killed by signal 6): at Kitchen.CrashIsolation.TabPage.Render(System.String)", StackOverflow), Is.Empty);
        });
    }

    [Test]
    public void Without_a_witness_only_what_no_machine_changes_is_asked()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CrashErrorJudge.Problems("fail-fast", "Environment.FailFast (killed by signal 9)", null, [], windows: false), Is.Empty);
            Assert.That(CrashErrorJudge.Problems("fail-fast", "Environment.FailFast", null, [], windows: false), Has.One.Contains("how it ended"));
        });
    }

    [Test]
    public void An_out_of_memory_tab_is_held_to_no_exact_signal_or_last_words_as_its_ending_varies()
    {
        Assert.That(Judge("allocate-without-end", "out of memory (killed by signal 9)", ["Out of memory."]), Is.Empty);
    }

    [Test]
    public void Only_crashing_pages_are_judged()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CrashErrorJudge.IsCrash("render Soup"), Is.False);
            Assert.That(CrashErrorJudge.IsCrash("hang"), Is.False);
            Assert.That(CrashErrorJudge.IsCrash("exit 3"), Is.True);
            Assert.That(() => CrashErrorJudge.Problems("render Soup", "", null, [], windows: false), Throws.ArgumentException);
        });
    }
}
