using KitchenKatas.Grader.Cli.Reporting;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Reporting;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// A check that could not judge on the machine at hand is "not judged" everywhere a grade is shown: never passed in
/// silence, never failed, and no points either way.
/// </summary>
[TestFixture]
public sealed class NotJudgedTests
{
    private static readonly CheckGrade Unjudged = new("K.Checks.Sweet_spot", "The pick reaches the sweet spot", false, 0, 20,
        "Not judged: the machine was too busy to time the kitchens.", 1) { NotJudged = "Not judged: the machine was too busy to time the kitchens." };

    private static readonly GradeReport Report = GradeReport.From([
        new KataGrade("thread-pool", "Size a thread pool", false, 80, 100,
            [new CheckGrade("K.Checks.Once", "Every job runs once", true, 80, 80, "No race seen in 4 trials.", 1), Unjudged], [], [], 2),
    ]);

    [TestCase("NotExecuted", "Not judged: the machine was too busy", true)]
    [TestCase("Inconclusive", "Not judged on this machine: no thread clock on this platform", true)]
    [TestCase("NotExecuted", "Ignored for another reason", false)]
    [TestCase("Failed", "Not judged: a failed check that says these words is still a failure", false)]
    [TestCase("Passed", null, false)]
    public void Only_a_skipped_check_that_says_it_could_not_judge_is_not_judged(string outcome, string? message, bool notJudged) =>
        Assert.That(NotJudged.Of(new TestOutcome("K.Checks.A", outcome, message, null, null, TimeSpan.Zero)) is not null, Is.EqualTo(notJudged));

    [Test]
    public void The_json_report_says_not_judged_with_the_reason_and_passing_checks_carry_their_evidence()
    {
        var json = System.Text.Json.JsonDocument.Parse(JsonReportWriter.Write(Report)).RootElement;
        var checks = json.GetProperty("katas")[0].GetProperty("checks");
        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(2));
            Assert.That(checks[0].GetProperty("status").GetString(), Is.EqualTo("passed"));
            Assert.That(checks[0].GetProperty("message").GetString(), Does.Contain("No race seen"));
            Assert.That(checks[1].GetProperty("status").GetString(), Is.EqualTo("not judged"));
            Assert.That(checks[1].GetProperty("notJudged").GetString(), Does.Contain("too busy"));
            Assert.That(checks[1].GetProperty("points").GetInt32(), Is.Zero);
        });
    }

    [Test]
    public void JUnit_marks_it_skipped_not_failed()
    {
        var xml = JUnitReportWriter.Write(Report);
        Assert.Multiple(() =>
        {
            Assert.That(xml, Does.Contain("<skipped message=\"Not judged: the machine was too busy to time the kitchens.\""));
            Assert.That(xml, Does.Contain("failures=\"0\""));
        });
    }

    [Test]
    public void GitHub_warns_instead_of_failing_and_markdown_and_the_terminal_say_not_judged()
    {
        var github = GitHubAnnotationsWriter.Write(Report, _ => "katas/02-thread-pool/PoolSizer.cs");
        var markdown = MarkdownReportWriter.Write(Report);
        var console = new TestConsole { Profile = { Width = 200 } };
        TextReportWriter.Write(Report, console);
        Assert.Multiple(() =>
        {
            Assert.That(github, Does.Contain("::warning file=katas/02-thread-pool/PoolSizer.cs,title=thread-pool%3A The pick reaches the sweet spot (not judged)"));
            Assert.That(github, Does.Not.Contain("::error"));
            Assert.That(markdown, Does.Contain("| not judged |"));
            Assert.That(console.Output, Does.Contain("not judged").And.Contain("too busy"));
        });
    }

    [Test]
    public void Gradescope_and_classroom_say_why_no_points_were_given()
    {
        Assert.Multiple(() =>
        {
            Assert.That(GradescopeReportWriter.Write(Report), Does.Contain("Not judged, so no points either way"));
            Assert.That(ClassroomReportWriter.Write(Report), Does.Contain("Not judged, so no points either way"));
        });
    }
}
