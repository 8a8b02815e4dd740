using System.Globalization;
using System.Text.Json;
using KitchenKatas.Grader.Grading;

namespace KitchenKatas.Grader.Reporting;

/// <summary>
/// Writes Classroom 50's <c>result.json</c> (<c>classroom50/result/v1</c>): integer scores, one test per check, and the
/// submission's identity from the environment the Classroom 50 runner gives its autograder. Schema and sources:
/// <c>docs/schemas/classroom50-result-v1.schema.json</c>.
/// </summary>
public static class Classroom50ReportWriter
{
    /// <summary>The schema sentinel Classroom 50 requires, word for word.</summary>
    public const string Schema = "classroom50/result/v1";

    /// <summary>The runner's variables the result's identity comes from (<c>REVIEW_URL</c> falls back to <c>COMMIT_URL</c>).</summary>
    public static readonly IReadOnlyList<string> IdentityVariables = ["CLASSROOM", "ASSIGNMENT", "SUBMISSION_TAG", "COMMIT_URL", "RELEASE_URL", "REVIEW_URL"];

    // A run outside Classroom 50 (a teacher trying the autograder locally) still writes a file the schema accepts.
    private const string Unset = "local";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The report as Classroom 50 reads it.</summary>
    /// <param name="report">The grade.</param>
    /// <param name="environment">Reads one environment variable (null when unset); the CLI passes the process's own.</param>
    public static string Write(GradeReport report, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(environment);
        string Id(string name) => environment(name) is { Length: > 0 } value ? value : Unset;
        var graded = report.GradedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var result = new Dictionary<string, object?>
        {
            ["schema"] = Schema,
            ["classroom"] = Id("CLASSROOM"),
            ["assignment"] = Id("ASSIGNMENT"),
            ["submission"] = Id("SUBMISSION_TAG"),
            ["commit"] = Id("COMMIT_URL"),
            ["release"] = Id("RELEASE_URL"),
            ["review"] = environment("REVIEW_URL") is { Length: > 0 } review ? review : Id("COMMIT_URL"),
            // The submission instant: the graded commit's date, which the autograder entry passes on (it stays the same on a regrade).
            ["datetime"] = environment("SUBMISSION_DATETIME") is { Length: > 0 } submitted ? submitted : graded,
            ["graded_at"] = graded,
            ["score"] = report.Score,
            ["max-score"] = report.MaxScore,
            ["tests"] = report.Katas.SelectMany(k => k.Checks.Select(c => new Dictionary<string, object?>
            {
                ["test-name"] = $"{k.Id}: {c.Title}",
                ["passed"] = c.Passed,
                ["score"] = c.Points,
                ["max-score"] = c.MaxPoints,
                // Extra fields on a test are kept verbatim by Classroom 50; the release body shows them in words too.
                ["status"] = c.Status,
                ["fault"] = c.Passed ? null : FaultName(c.Fault),
                ["message"] = FaultWords.WithCause(c),
            })).ToArray(),
        };
        return JsonSerializer.Serialize(result, Options);
    }

    private static string FaultName(Fault? fault) => fault == Fault.GradingMachine ? "grading machine" : "learner code";
}
