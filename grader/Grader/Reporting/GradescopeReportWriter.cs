using System.Text.Json;
using KitchenKatas.Grader.Grading;

namespace KitchenKatas.Grader.Reporting;

/// <summary>Writes Gradescope's autograder <c>results.json</c>: a total score and one test entry per check.</summary>
public static class GradescopeReportWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The report in Gradescope's shape (<c>score</c>, <c>tests[]</c> with <c>name</c>, <c>score</c>, <c>max_score</c>, <c>status</c>, <c>output</c>).</summary>
    public static string Write(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var results = new Dictionary<string, object?>
        {
            ["score"] = report.Score,
            ["output"] = $"Kitchen Katas: {report.Score}/{report.MaxScore}",
            ["tests"] = report.Katas.SelectMany(k => k.Checks.Select(c => new Dictionary<string, object?>
            {
                ["name"] = $"{k.Id}: {c.Title}",
                ["score"] = c.Points,
                ["max_score"] = c.MaxPoints,
                ["status"] = c.Passed ? "passed" : "failed",
                ["output"] = c.NotJudged is { } why ? $"Not judged, so no points either way: {why}" : c.Message ?? "",
            })).ToArray(),
        };
        return JsonSerializer.Serialize(results, Options);
    }
}
