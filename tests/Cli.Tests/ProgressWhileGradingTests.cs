using KitchenKatas.Grader.Cli.Reporting;
using KitchenKatas.Grader.Katas;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// The progress of a real grade, as <c>kitchen kata check</c> shows it outside a terminal: kata 1 graded against its
/// reference solution, so every race check goes through every step.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ProgressWhileGradingTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    [Test]
    public async Task Grading_kata_one_says_each_check_as_it_starts_in_the_kata_order_and_each_step_of_a_race_check()
    {
        var kata = KataLocator.FindAll(Repo).Single(k => k.Manifest.Id == "racy-cart");
        var console = new TestConsole();
        var grade = await KataGrader.GradeAsync(
            kata, Path.Combine(Repo, "solutions", "01-racy-cart"), new GradeOptions { BudgetScale = 0.2, Progress = new PlainProgressLines(console) });
        var lines = console.Lines.Where(l => l.Length > 0).ToArray();
        var checks = lines.Where(l => l.StartsWith("  Check ", StringComparison.Ordinal)).ToArray();
        var first = Array.IndexOf(lines, checks[0]);

        Assert.Multiple(() =>
        {
            Assert.That(grade.Passed, Is.True, "The progress changes nothing of the grade.");
            Assert.That(lines[0], Is.EqualTo("The racy cart: building your code…"));
            Assert.That(checks, Is.EqualTo(kata.Manifest.Checks.Select((c, i) => $"  Check {i + 1} of 8: {c.Title}")), "Each check once, as it starts, in kata.json's order.");
            Assert.That(lines[(first + 1)..(first + 4)], Is.EqualTo(new[]
            {
                "    trying schedules one chef at a time",
                "    shaking your code on every core",
                "    shaking it again with pauses between your statements",
            }));
            Assert.That(lines[^1], Is.EqualTo("The racy cart: 8 of 8 checks ran."));
        });
    }
}
