using System.Text.Json;
using KitchenKatas.Grader.Grading;

namespace KitchenKatas.Grader.Reporting;

/// <summary>
/// Legacy, for setups still on GitHub Classroom (retired; its successor reads <see cref="Classroom50ReportWriter"/>).
/// Writes the result shape the GitHub Classroom autograding reporter reads from a runner's output
/// (<c>version</c>, <c>status</c>, <c>max_score</c>, <c>tests[]</c>); the workflow base64-encodes it into the step output.
/// </summary>
public static class ClassroomReportWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <summary>The report as one line of JSON.</summary>
    public static string Write(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = new Dictionary<string, object?>
        {
            ["version"] = 1,
            ["status"] = report.Passed ? "pass" : "fail",
            ["max_score"] = report.MaxScore,
            ["tests"] = report.Katas.SelectMany(k => k.Checks.Select(c => new Dictionary<string, object?>
            {
                ["name"] = $"{k.Id}: {c.Title}",
                ["status"] = c.Passed ? "pass" : "fail",
                ["message"] = FaultWords.WithCause(c),
                ["test_code"] = c.Name,
                ["filename"] = "",
                ["line_no"] = 0,
                ["execution_time"] = $"{c.DurationMs / 1000:0.###}s",
                ["score"] = c.Points,
            })).ToArray(),
        };
        return JsonSerializer.Serialize(result, Options);
    }
}
