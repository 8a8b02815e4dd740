using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Tests;

/// <summary>What the grader says about a kata run whose test host died: never "every check passed" for a run cut short.</summary>
[TestFixture]
public sealed class RunVerdictTests
{
    private const string First = "Kitchen.RacyCart.Checks.CartBasicsChecks.Bad_arguments_are_refused_with_a_clear_exception";
    private const string Second = "Kitchen.RacyCart.Checks.CartBasicsChecks.One_chef_alone_gets_what_the_cart_promises";

    // What the test platform printed when a check overflowed its stack: its verdict on standard error, the results file on standard output.
    private const string StackOverflowOnStandardError =
        "The active test run was aborted. Reason: Test host process crashed : Stack overflow.\n   at Kitchen.RacyCart.Cart.Add(System.String, Int32)\n\nTest Run Aborted.\n";

    [Test]
    public void A_stack_overflow_reported_on_standard_error_names_each_unfinished_check_and_claims_no_pass()
    {
        var run = Run([Passed(First)], exitCode: 1, stdout: "Results File: /tmp/checks.trx\n" + Summary(1), stderr: StackOverflowOnStandardError);

        var verdict = RunVerdict.Of(run, [], "/tmp", new GradeOptions(), [First, Second]);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.NothingCounts, Is.Null, "The check that finished keeps its result.");
            Assert.That(verdict.WhyCheckMissing, Does.StartWith("This check never finished").And.Contain("a stack overflow"));
            Assert.That(verdict.Notes, Has.None.Contain("Every check passed"));
        });
    }

    [Test]
    public void A_host_that_exited_before_reporting_any_result_says_the_checks_never_finished()
    {
        var run = Run([], exitCode: 1, stdout: "Test run for Kitchen.RacyCart.Checks.dll\nResults File: /tmp/checks.trx\n", stderr: "Test Run Aborted.\n");

        var verdict = RunVerdict.Of(run, [], "/tmp", new GradeOptions(), [First, Second]);

        Assert.That(verdict.NothingCounts, Does.StartWith("The checks never finished: the test host stopped in the middle of the run").And.Contain("Environment.Exit"));
    }

    [Test]
    public void A_host_that_died_after_every_check_passed_fails_the_kata_with_what_killed_it()
    {
        var run = Run([Passed(First), Passed(Second)], exitCode: 1, stdout: Summary(2), stderr: StackOverflowOnStandardError);

        var verdict = RunVerdict.Of(run, [], "/tmp", new GradeOptions(), [First, Second]);

        Assert.That(verdict.NothingCounts, Does.StartWith("Every check passed, but then the test host stopped").And.Contain("a stack overflow"));
    }

    [Test]
    public void Output_the_checks_cut_short_themselves_is_noted_as_capped_while_the_grade_stands()
    {
        var flooded = Passed(First) with { StandardOutput = new string('x', 100) + "\n" + OutputCapNotice.For(1_000_000) };
        var run = Run([flooded, Passed(Second)], exitCode: 0, stdout: Summary(2).Replace("Failed!", "Passed!", StringComparison.Ordinal), stderr: "");

        var verdict = RunVerdict.Of(run, [], "/tmp", new GradeOptions(), [First, Second]);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.NothingCounts, Is.Null);
            Assert.That(verdict.Notes, Has.One.Contain("capped"));
        });
    }

    // The test platform's summary line, which the grader needs before it believes a results file.
    private static string Summary(int passed) =>
        $"Failed!  - Failed:     0, Passed:     {passed}, Skipped:     0, Total:     {passed}, Duration: 1 s - Kitchen.RacyCart.Checks.dll (net10.0)\n";

    private static TestOutcome Passed(string name) => new(name, "Passed", null, null, null, TimeSpan.FromSeconds(1));

    private static KataTestRun Run(IReadOnlyList<TestOutcome> tests, int exitCode, string stdout, string stderr) =>
        new(tests, new ChildProcessResult(exitCode, TimedOut: false, stdout, stderr, OutputTruncated: false, TimeSpan.FromSeconds(5)));
}
