using Kitchen.CrashIsolation.Checks;

namespace KitchenKatas.CrashIsolation.Tests;

// Check 3's rules, one at a time, with what the tab program really writes on Linux under .NET 10, and the codes the
// .NET runtime ends a tab with on macOS and Windows; and check 4's rule for a timed-out tab's Error.
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

    [TestCase("The tab overflowed its stack")]
    [TestCase("its stack ran out")]
    [TestCase("StackOverflowException")]
    [TestCase("Stack-Overflow")]
    public void A_stack_overflow_may_be_told_in_any_of_the_READMEs_words(string words)
    {
        var error = $"{words}, killed by signal 6: {StackOverflow[^1]}";
        Assert.That(Judge("stack-overflow", error, StackOverflow), Is.Empty);
    }

    [Test]
    public void Every_phrase_of_the_READMEs_table_names_its_crash()
    {
        var readme = File.ReadAllText(Path.Combine(KataRuns.Kata, "README.md"));
        var start = readme.IndexOf("| crash | phrases that name it |", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "README.md has no table of the words the check accepts.");
        var rows = readme[start..].Split('\n').Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.That(rows, Has.Count.EqualTo(CrashErrorJudge.Phrases.Count));
        Assert.Multiple(() =>
        {
            foreach (var row in rows)
            {
                var cells = row.Split('|', StringSplitOptions.TrimEntries);
                var crash = cells[1].Trim('`').Replace("Environment.", "", StringComparison.Ordinal);
                Assert.That(CrashErrorJudge.Phrases.Keys, Does.Contain(crash), row);
                foreach (var phrase in cells[2].Split(", ").Select(p => p.Trim('`')))
                {
                    // "Any case; spaces, dots, dashes or nothing between the words", as the README says.
                    var words = phrase.Split(' ');
                    string[] written = [phrase, phrase.ToUpperInvariant(), string.Join('.', words), string.Join('-', words), string.Join("", words)];
                    foreach (var form in written)
                    {
                        Assert.That(CrashErrorJudge.ClassesNamedIn($"The tab: {form}!"), Is.EqualTo(new[] { crash }), $"\"{form}\" should name {crash} only.");
                    }
                }
            }
        });
    }

    [Test]
    public void A_crash_named_with_another_crash_s_synonym_is_wrong()
    {
        Assert.That(Judge("stack-overflow", "the tab ran out of memory (killed by signal 6): " + StackOverflow[^1], StackOverflow),
            Has.Some.Contains("\"out of memory\", but that is not what happened"));
    }

    [TestCase(134, "killed by signal 6", TestName = "Linux: an abort (exit code 134) is signal 6")]
    [TestCase(139, "killed by signal 11", TestName = "Linux: a segmentation fault (exit code 139) is signal 11")]
    [TestCase(139, "SIGSEGV", TestName = "Linux: signal 11 may be named SIGSEGV")]
    [TestCase(134, "SIGABRT", TestName = "macOS: an abort (exit code 134) may be named SIGABRT")]
    [TestCase(137, "signal 9", TestName = "macOS: a kill (exit code 137) is signal 9")]
    public void On_Linux_and_macOS_the_signal_is_asked_for(int exitCode, string said)
    {
        Assert.That(Judge("stack-overflow", $"stack overflow ({said}): {StackOverflow[^1]}", StackOverflow, exitCode), Is.Empty);
    }

    [TestCase("stack-overflow", "stack overflow", unchecked((int)0xC00000FD), "exit code -1073741571")]
    [TestCase("stack-overflow", "stack overflow", unchecked((int)0xC00000FD), "exit code 3221225725")]
    [TestCase("stack-overflow", "stack overflow", unchecked((int)0xC00000FD), "0xC00000FD")]
    [TestCase("stack-overflow", "stack overflow", unchecked((int)0xC00000FD), "STATUS_STACK_OVERFLOW")]
    [TestCase("fail-fast", "FailFast", unchecked((int)0xC0000409), "0xc0000409")]
    [TestCase("fail-fast", "FailFast", unchecked((int)0xC0000409), "STATUS_STACK_BUFFER_OVERRUN")]
    [TestCase("fail-fast", "FailFast", unchecked((int)0x80131623), "exit code 0x80131623")]
    [TestCase("fail-fast", "FailFast", unchecked((int)0x80131623), "COR_E_FAILFAST")]
    [TestCase("throw-on-thread", "unhandled exception", unchecked((int)0xE0434352), "exit code 0xE0434352")]
    public void On_Windows_the_exit_code_is_asked_for_in_decimal_hexadecimal_or_by_name(string page, string what, int exitCode, string said)
    {
        string[] lines = ["Unhandled exception. or whatever the runtime wrote", "at Program.<Main>$(System.String[])"];
        Assert.That(CrashErrorJudge.Problems(page, $"{what} ({said}): {lines[^1]}", exitCode, lines, windows: true), Is.Empty);
    }

    [Test]
    public void On_Windows_a_signal_is_no_answer_and_the_code_is_suggested_with_its_name()
    {
        string[] lines = ["Stack overflow.", "at Program.<Main>$(System.String[])"];
        var problems = CrashErrorJudge.Problems("stack-overflow", "stack overflow (killed by signal 6): " + lines[^1], unchecked((int)0xC00000FD), lines, windows: true);
        Assert.That(problems, Has.One.Contains("0xC00000FD").And.Contains("STATUS_STACK_OVERFLOW"));
    }

    [TestCase("still running after 5 s, so it was killed", true)]
    [TestCase("Timed out after 4.5 seconds", true)]
    [TestCase("killed after 5000 ms", true)]
    [TestCase("Gave up (Timeout 00:00:05.1200000)", true)]
    [TestCase("the tab timed out", false)]
    [TestCase("TimedOut", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void A_timed_out_tabs_Error_says_how_long_it_was_given(string? error, bool enough)
    {
        Assert.That(TimedOutErrorJudge.SaysHowLong(error), Is.EqualTo(enough));
    }
}
