using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KitchenKatas.Grader.Cli.Reporting;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Hostile.Tests;

/// <summary>What every corpus case must show once graded, whichever run graded it.</summary>
internal static partial class CorpusAssertions
{
    public static void GradedAsExpected(CorpusBatch batch, CorpusCase c)
    {
        Assert.That(File.Exists(batch.ReportFileOf(c)), Is.True, $"{c.Name}: the grader wrote no report.");
        var kata = KataLocator.FindAll(CorpusCase.Repo).Single(k => k.Manifest.Id == c.Kata);
        var report = batch.ReportOf(c);
        var grade = report.Katas.Single();
        var shown = string.Join("\n", grade.Notes.Concat(grade.Checks.Select(k => k.Message ?? "")));
        var context = FormatContext.For(CorpusCase.Repo, [kata]);
        var junit = XDocument.Parse(ReportFormats.Render("junit", report, context));
        var github = ReportFormats.Render("github", report, context);
        var markdown = ReportFormats.Render("markdown", report, context);
        Assert.Multiple(() =>
        {
            Assert.That(grade.Passed, Is.EqualTo(c.Passes), $"{c.Name}: verdict. What the grader said:\n{shown}");
            Assert.That(grade.Score == grade.MaxScore, Is.EqualTo(c.Passes), $"{c.Name}: a pass is full marks, a fail is not.");
            foreach (var (check, passes) in c.Checks)
            {
                Assert.That(grade.Checks.Single(k => k.Name.EndsWith("." + check, StringComparison.Ordinal)).Passed, Is.EqualTo(passes), $"{c.Name}: {check}");
            }

            Assert.That(shown, Does.Contain(c.Reason), $"{c.Name}: the reason shown");
            Assert.That(TimeSpan.FromMilliseconds(grade.DurationMs), Is.LessThanOrEqualTo(TimeSpan.FromSeconds(CorpusBatch.TimeoutSeconds) + CorpusBatch.Slack),
                $"{c.Name}: the grader answered within its limit");
            Assert.That(batch.Leftovers, Is.Empty, "No process of the graded submissions is left.");

            // Complete and valid: every check of kata.json in the JSON and the JUnit, the JSON parses as JSON.
            using var json = JsonDocument.Parse(File.ReadAllText(batch.ReportFileOf(c)));
            Assert.That(json.RootElement.GetProperty("katas")[0].GetProperty("checks").GetArrayLength(), Is.EqualTo(kata.Manifest.Checks.Count), $"{c.Name}: JSON checks");
            Assert.That(junit.Descendants("testcase").Count(), Is.EqualTo(kata.Manifest.Checks.Count), $"{c.Name}: JUnit test cases");
            Assert.That(junit.Descendants("failure").Count(), Is.EqualTo(grade.Checks.Count(k => !k.Passed)), $"{c.Name}: JUnit failures");

            // Learner text never starts a workflow command and never leaves its fence.
            Assert.That(github.Split('\n').Where(l => l.Length > 0 && !GraderCommand().IsMatch(l)), Is.Empty, $"{c.Name}: only the grader's own workflow commands");
            Assert.That(OutsideFences(markdown).Where(l => l.StartsWith('#') && !l.StartsWith("## Kitchen Katas:", StringComparison.Ordinal) && !l.StartsWith("### ", StringComparison.Ordinal)), Is.Empty,
                $"{c.Name}: no heading of the learner's outside a fence");
            Assert.That(OutsideFences(markdown).Where(l => l.Contains("<script", StringComparison.OrdinalIgnoreCase) || l.Contains("</details", StringComparison.OrdinalIgnoreCase)), Is.Empty,
                $"{c.Name}: no HTML of the learner's outside a fence");
            Assert.That(markdown.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Kata", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal)),
                Is.EqualTo(kata.Manifest.Checks.Count), $"{c.Name}: one table row per check");
        });
    }

    // Lines of Markdown outside ``` fences, where learner text must never land raw.
    private static IEnumerable<string> OutsideFences(string markdown)
    {
        string? fence = null;
        foreach (var line in markdown.Split('\n'))
        {
            var ticks = line.TakeWhile(ch => ch == '`').Count();
            if (fence is null && ticks >= 3)
            {
                fence = new string('`', ticks);
            }
            else if (fence is not null && line.TrimEnd() == fence)
            {
                fence = null;
            }
            else if (fence is null)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex("^::(error|warning|notice) (file|title)=[^:\n]*::[^\n]*$")]
    private static partial Regex GraderCommand();
}
