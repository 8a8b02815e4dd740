using System.Text;
using System.Text.Json;
using KitchenKatas.Grader.Grading;

namespace KitchenKatas.Grader.Reporting;

/// <summary>
/// Writes PrairieLearn's external-grader <c>results.json</c>: a score from 0 to 1 and one test per check, within the
/// 1 MB PrairieLearn takes. Schema and sources: <c>docs/schemas/prairielearn-results.schema.json</c>.
/// </summary>
public static class PrairieLearnReportWriter
{
    /// <summary>Largest file PrairieLearn takes, in bytes.</summary>
    public const int SizeCap = 1_000_000;

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The report as PrairieLearn reads it; long texts are cut until the file fits in <see cref="SizeCap"/>.</summary>
    public static string Write(GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        // Every text is first kept whole; when the file is too big, each is cut shorter until it fits. Every check stays.
        for (var cap = int.MaxValue; ; cap = cap == int.MaxValue ? 20_000 : cap / 2)
        {
            var json = JsonSerializer.Serialize(Results(report, cap), Options);
            if (Encoding.UTF8.GetByteCount(json) <= SizeCap || cap < 100)
            {
                return json;
            }
        }
    }

    private static Dictionary<string, object?> Results(GradeReport report, int cap)
    {
        var machineOnly = FaultWords.MachineOnly(report);
        var summary = $"Kitchen Katas: {report.Score}/{report.MaxScore}."
            + (machineOnly ? " The grading machine could not judge every check, not through any fault of your code: this attempt is not counted; submit again." : "");
        return new Dictionary<string, object?>
        {
            // Not gradable: PrairieLearn then takes no points and no attempt, which is right when the machine failed.
            ["gradable"] = !machineOnly,
            ["score"] = report.MaxScore == 0 ? 0.0 : Math.Clamp((double)report.Score / report.MaxScore, 0, 1),
            ["message"] = summary,
            ["output"] = Cut(string.Join("\n", report.Katas.SelectMany(k => k.Notes.Select(n => $"{k.Title}: {n}"))), cap),
            ["tests"] = report.Katas.SelectMany(k => k.Checks.Select(c => new Dictionary<string, object?>
            {
                ["name"] = $"{k.Id}: {c.Title}",
                ["description"] = c.Name,
                ["points"] = c.Points,
                ["max_points"] = c.MaxPoints,
                ["message"] = Cut(c.Passed ? "Passed." : FaultWords.For(c) ?? "", cap),
                ["output"] = Cut(FaultWords.Message(c), cap),
            })).ToArray(),
        };
    }

    private static string Cut(string text, int cap) => cap == int.MaxValue ? text : RunVerdict.Capped(text, cap);
}
