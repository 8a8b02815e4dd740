using System.Globalization;
using System.Text;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Reporting;

/// <summary>Writes Markdown for a CI job summary ($GITHUB_STEP_SUMMARY): a score table, then each failure with its message.</summary>
public static class MarkdownReportWriter
{
    /// <summary>The report as Markdown.</summary>
    public static string Write(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"## Kitchen Katas: {report.Score}/{report.MaxScore} {(report.Passed ? "✅" : "❌")}");
        md.AppendLine();
        if (report.Protection.Length > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"Learner code: {Cell(report.Protection)}.");
            md.AppendLine();
        }

        md.AppendLine("| Kata | Check | Points | Result |");
        md.AppendLine("| --- | --- | ---: | --- |");
        foreach (var kata in report.Katas)
        {
            foreach (var check in kata.Checks)
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {Cell(kata.Id)} | {Cell(check.Title)} | {check.Points}/{check.MaxPoints} | {(check.NotJudged is not null ? "not judged" : check.Passed ? "passed" : "**failed**")} |");
            }
        }

        foreach (var kata in report.Katas)
        {
            foreach (var note in kata.Notes)
            {
                md.AppendLine();
                md.AppendLine(CultureInfo.InvariantCulture, $"> **Note ({Cell(kata.Id)}):**");
                md.Append(Fenced(note));
            }

            foreach (var hint in kata.Hints)
            {
                md.AppendLine();
                md.AppendLine(CultureInfo.InvariantCulture, $"- Hint `{Cell(hint.Id)}` at {Cell(hint.File)}:{hint.Line}: {Cell(hint.Message)}");
            }

            foreach (var unjudged in kata.Checks.Where(c => c.NotJudged is not null))
            {
                md.AppendLine();
                md.AppendLine(CultureInfo.InvariantCulture, $"### ⚠️ {Cell(kata.Id)}: {Cell(unjudged.Title)} (not judged)");
                md.AppendLine();
                md.Append(Fenced(unjudged.NotJudged!));
                md.AppendLine(FaultWords.For(unjudged));
            }

            foreach (var failed in kata.Checks.Where(c => !c.Passed && c.NotJudged is null))
            {
                md.AppendLine();
                md.AppendLine(CultureInfo.InvariantCulture, $"### ❌ {Cell(kata.Id)}: {Cell(failed.Title)}");
                md.AppendLine();
                md.Append(Fenced(failed.Message is { } message && kata.Notes.Contains(message) ? RunVerdict.PointerToNote(message) : failed.Message ?? ""));
                md.AppendLine(FaultWords.For(failed));
                foreach (var diagram in failed.Data.Where(d => d.Kind == "interleaving").Select(d => MermaidDiagrams.Interleaving(d.Payload)).OfType<string>())
                {
                    md.AppendLine();
                    md.Append(diagram);
                }
            }

            var curves = kata.Checks.SelectMany(c => c.Data).Where(d => d.Kind == "pool-curve")
                .Select(d => MermaidDiagrams.PoolCurve(d.Payload)).OfType<string>().ToArray();
            if (curves.Length > 0)
            {
                md.AppendLine();
                md.AppendLine(CultureInfo.InvariantCulture, $"### {Cell(kata.Id)}: throughput by pool size");
                foreach (var curve in curves)
                {
                    md.AppendLine();
                    md.Append(curve);
                }
            }
        }

        return md.ToString();
    }

    // Learner output goes in a fence longer than any run of backticks inside it, so it cannot close the fence early.
    private static string Fenced(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var ch in text)
        {
            run = ch == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}text\n{text.TrimEnd()}\n{fence}\n";
    }

    // A table cell holds no pipe, no newline and no HTML.
    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
