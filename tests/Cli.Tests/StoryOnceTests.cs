using KitchenKatas.Grader.Cli.Reporting;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Reporting;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests;

/// <summary>When nothing of a run counts, a report for people tells why once, not once per check.</summary>
[TestFixture]
public sealed class StoryOnceTests
{
    private const string Why = "Not counted: while the checks ran, your code changed the grader's files (katas/01-racy-cart/Checks/CartRaceChecks.cs). "
        + "They were put back, and this grade fails: a check that can rewrite its own judge proves nothing.";

    private static readonly GradeReport Report = GradeReport.From([
        new KataGrade("racy-cart", "The racy cart", false, 0, 30,
            Enumerable.Range(1, 3).Select(i => new CheckGrade($"K.C{i}", $"Check {i}", false, 0, 10, Why, 0)).ToArray(), [], [Why], 1),
    ]);

    [Test]
    public void The_terminal_shows_the_whole_story_once_and_each_check_points_at_it()
    {
        var console = new TestConsole { Profile = { Width = 400 } };
        TextReportWriter.Write(Report, console);
        var output = console.Output;
        Assert.Multiple(() =>
        {
            Assert.That(Count(output, "a check that can rewrite its own judge proves nothing"), Is.EqualTo(1));
            Assert.That(Count(output, "(The note above says more.)"), Is.EqualTo(3));
        });
    }

    [Test]
    public void Markdown_too_while_machine_formats_keep_the_reason_on_every_check()
    {
        var markdown = MarkdownReportWriter.Write(Report);
        var json = JsonReportWriter.Write(Report);
        Assert.Multiple(() =>
        {
            Assert.That(Count(markdown, "proves nothing"), Is.EqualTo(1));
            Assert.That(Count(json, "proves nothing"), Is.EqualTo(4), "The note and each of the three checks.");
        });
    }

    private static int Count(string text, string words) => (text.Length - text.Replace(words, "", StringComparison.Ordinal).Length) / words.Length;
}
