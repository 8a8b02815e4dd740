using System.Text;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Reporting;

/// <summary>
/// Writes GitHub Actions workflow commands: an error annotation per failed check on the learner's file, a warning
/// per hint at its line. Every message is escaped onto one line, so a learner's output can never start a
/// workflow command of its own.
/// </summary>
public static class GitHubAnnotationsWriter
{
    /// <summary>The annotations, one workflow command per line.</summary>
    /// <param name="report">The grade.</param>
    /// <param name="learnerFileOf">The repository-relative path of a kata's main learner file, by kata id.</param>
    public static string Write(GradeReport report, Func<string, string> learnerFileOf)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(learnerFileOf);
        var text = new StringBuilder();
        foreach (var kata in report.Katas)
        {
            var file = learnerFileOf(kata.Id);
            foreach (var hint in kata.Hints)
            {
                text.Append("::warning file=").Append(Property(hint.File)).Append(",line=").Append(hint.Line)
                    .Append(",title=").Append(Property(hint.Id)).Append("::").Append(Data(hint.Message)).Append('\n');
            }

            foreach (var unjudged in kata.Checks.Where(c => c.NotJudged is not null))
            {
                text.Append("::warning file=").Append(Property(file)).Append(",title=").Append(Property($"{kata.Id}: {unjudged.Title} (not judged)"))
                    .Append("::").Append(Data(unjudged.NotJudged!)).Append('\n');
            }

            foreach (var failed in kata.Checks.Where(c => !c.Passed && c.NotJudged is null))
            {
                text.Append("::error file=").Append(Property(file)).Append(",title=").Append(Property($"{kata.Id}: {failed.Title}"))
                    .Append("::").Append(Data(failed.Message ?? "failed")).Append('\n');
            }
        }

        text.Append("::notice title=Kitchen Katas::").Append(Data($"Score {report.Score}/{report.MaxScore}")).Append('\n');
        return text.ToString();
    }

    // The escaping GitHub's runner documents for command data and properties.
    private static string Data(string s) =>
        s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string s) =>
        Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
