using System.Text.Json;
using KitchenKatas.Grader.Grading;

namespace KitchenKatas.Grader.Reporting;

/// <summary>
/// Writes Gradescope's autograder <c>results.json</c>: a total score, the run's time, and one visible test entry per
/// check with its output and whose doing a failure was. Schema and sources: <c>docs/schemas/gradescope-results.schema.json</c>.
/// </summary>
public static class GradescopeReportWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The report in Gradescope's shape (<c>score</c>, <c>execution_time</c>, <c>output</c>, <c>tests[]</c> with <c>name</c>, <c>score</c>, <c>max_score</c>, <c>status</c>, <c>output</c>, <c>visibility</c>).</summary>
    public static string Write(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var machineOnly = FaultWords.MachineOnly(report);
        var results = new Dictionary<string, object?>
        {
            ["score"] = report.Score,
            // Whole seconds, as Gradescope documents it.
            ["execution_time"] = (int)Math.Ceiling(report.Katas.Sum(k => k.DurationMs) / 1000),
            ["output"] = $"Kitchen Katas: {report.Score}/{report.MaxScore}"
                + (machineOnly ? "\nEvery check that did not pass failed on the grading machine's side, not your code's: ask for a regrade." : ""),
            ["tests"] = report.Katas.SelectMany(k => k.Checks.Select(c => new Dictionary<string, object?>
            {
                ["name"] = $"{k.Id}: {c.Title}",
                ["score"] = c.Points,
                ["max_score"] = c.MaxPoints,
                ["status"] = c.Passed ? "passed" : "failed",
                ["output"] = FaultWords.WithCause(c),
                // Students see every check at once: the checks are the kata's public specification, not hidden tests.
                ["visibility"] = "visible",
            })).ToArray(),
        };
        return JsonSerializer.Serialize(results, Options);
    }
}
