using System.Globalization;
using System.Xml.Linq;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Reporting;

/// <summary>Writes JUnit XML: one test suite per kata, one test case per check, readable by any CI.</summary>
public static class JUnitReportWriter
{
    /// <summary>The report as JUnit XML text.</summary>
    public static string Write(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var suites = new XElement("testsuites",
            new XAttribute("name", "Kitchen Katas"),
            new XAttribute("tests", report.Katas.Sum(k => k.Checks.Count)),
            new XAttribute("failures", report.Katas.Sum(k => k.Checks.Count(c => !c.Passed && c.NotJudged is null))),
            new XAttribute("skipped", report.Katas.Sum(k => k.Checks.Count(c => c.NotJudged is not null))),
            report.Katas.Select(k => new XElement("testsuite",
                new XAttribute("name", k.Id),
                new XAttribute("tests", k.Checks.Count),
                new XAttribute("failures", k.Checks.Count(c => !c.Passed && c.NotJudged is null)),
                new XAttribute("skipped", k.Checks.Count(c => c.NotJudged is not null)),
                new XAttribute("errors", 0),
                new XAttribute("time", Seconds(k.DurationMs)),
                report.Protection.Length == 0 ? null : new XElement("properties",
                    new XElement("property", new XAttribute("name", "protection"), new XAttribute("value", Clean(report.Protection)))),
                k.Checks.Select(c => new XElement("testcase",
                    new XAttribute("classname", k.Id),
                    new XAttribute("name", c.Title),
                    new XAttribute("time", Seconds(c.DurationMs)),
                    c.NotJudged is { } why ? new XElement("skipped", new XAttribute("message", FirstLine(why)))
                    : c.Passed ? null : new XElement("failure", new XAttribute("message", FirstLine(c.Message)), Clean(c.Message)))),
                k.Notes.Count == 0 ? null : new XElement("system-out", Clean(string.Join("\n", k.Notes))))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), suites).ToString();
    }

    private static string Seconds(double ms) => (ms / 1000).ToString("0.###", CultureInfo.InvariantCulture);

    private static string FirstLine(string? s) => Clean((s ?? "").Split('\n')[0]);

    // XML 1.0 cannot carry most control characters; a learner's output may contain them.
    private static string Clean(string? s) => new((s ?? "").Where(ch => ch is '\n' or '\r' or '\t' || !char.IsControl(ch)).ToArray());
}
