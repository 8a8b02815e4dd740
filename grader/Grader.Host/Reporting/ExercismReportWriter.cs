using System.Text.Json;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Reporting;

/// <summary>
/// Writes Exercism's test-runner <c>results.json</c>, interface version 3: one test per check in the kata's order,
/// each linked to the README task it guards. Schema and sources: <c>docs/schemas/exercism-results-v3.schema.json</c>.
/// </summary>
public static class ExercismReportWriter
{
    /// <summary>Longest <c>output</c> Exercism takes for one test.</summary>
    public const int OutputCap = 500;

    /// <summary>The sentence Exercism's interface gives for an output that was cut.</summary>
    public const string TruncationSentence = "Output was truncated. Please limit to 500 chars";

    /// <summary>Longest top-level <c>message</c> Exercism stores.</summary>
    public const int MessageCap = 65_535;

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The report as Exercism reads it.</summary>
    /// <param name="report">The grade.</param>
    /// <param name="taskOf">The README task number a check guards (kata id, check name), or null when it guards none or several.</param>
    public static string Write(GradeReport report, Func<string, string, int?> taskOf)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(taskOf);
        var checks = report.Katas.SelectMany(k => k.Checks.Select(c => (Kata: k, Check: c))).ToArray();
        // "error" is for a run where no test ran at all (code that does not compile, a build that failed).
        var noneRan = checks.Length > 0 && checks.All(x => !x.Check.Passed && x.Check.NotJudged is null && x.Check.DurationMs == 0 && x.Kata.Notes.Count > 0);
        var status = noneRan ? "error" : report.Passed ? "pass" : "fail";
        var results = new Dictionary<string, object?>
        {
            // Exercism takes a message only when status is error: null otherwise, as its interface allows.
            ["version"] = 3,
            ["status"] = status,
            ["message"] = noneRan ? Capped(TopMessage(report), MessageCap, "") : null,
            ["tests"] = checks.Select(x => WithoutNulls(new Dictionary<string, object?>
            {
                ["name"] = $"{x.Kata.Id}: {x.Check.Title}",
                ["status"] = x.Check.Passed ? "pass" : x.Check.Fault == Fault.GradingMachine ? "error" : "fail",
                ["message"] = x.Check.Passed ? null : FaultWords.WithCause(x.Check),
                ["output"] = x.Check.Passed && x.Check.Message is { Length: > 0 } evidence ? Output(evidence) : null,
                ["test_code"] = $"dotnet test --filter \"FullyQualifiedName={x.Check.Name}\"",
                ["task_id"] = taskOf(x.Kata.Id, x.Check.Name),
            })).ToArray(),
        };
        return JsonSerializer.Serialize(results, Options);
    }

    /// <summary><paramref name="text"/> within Exercism's 500 characters, ending in its truncation sentence when cut.</summary>
    public static string Output(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Capped(text, OutputCap, "\n" + TruncationSentence);
    }

    // A field without a value is left out: Exercism's optional per-test fields are then simply absent.
    private static Dictionary<string, object?> WithoutNulls(Dictionary<string, object?> fields) =>
        fields.Where(f => f.Value is not null).ToDictionary();

    private static string TopMessage(GradeReport report)
    {
        var notes = report.Katas.SelectMany(k => k.Notes.Take(1).Select(n => $"{k.Title}: {n}"));
        var causes = report.Katas.SelectMany(k => k.Checks).Select(FaultWords.For).OfType<string>().Distinct();
        return string.Join("\n\n", notes.Concat(causes));
    }

    private static string Capped(string text, int cap, string mark) =>
        text.Length <= cap ? text : string.Concat(text.AsSpan(0, cap - mark.Length), mark);
}
