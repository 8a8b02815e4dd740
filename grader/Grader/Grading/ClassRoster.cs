using System.Globalization;
using System.Text;
using System.Text.Json;
using KitchenKatas.Grader.Reporting;

namespace KitchenKatas.Grader.Grading;

/// <summary>One student's line in a class roster.</summary>
/// <param name="Student">The submission folder's name.</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">Points available.</param>
/// <param name="Passed">True when every graded check passed.</param>
/// <param name="KataScores">Score per kata id.</param>
public sealed record RosterEntry(string Student, int Score, int MaxScore, bool Passed, IReadOnlyDictionary<string, int> KataScores);

/// <summary>
/// Grades a class: one folder per student, each graded like a single submission. Every student's full report is
/// written as soon as it is made, so a rerun skips those already graded and resumes where it stopped.
/// </summary>
public static class ClassRoster
{
    /// <summary>Grades every student folder in <paramref name="submissions"/> that has no report in <paramref name="rosterDir"/> yet.</summary>
    /// <param name="katas">The katas to grade for each student.</param>
    /// <param name="submissions">One folder per student. A student's kata files sit in a folder named after the kata's folder or id, or directly in the student's folder when one kata is graded.</param>
    /// <param name="rosterDir">Where each student's report and the roster files go.</param>
    /// <param name="options">How to grade.</param>
    /// <param name="progress">Told each student's name before they are graded, and whether they were skipped.</param>
    /// <param name="cancellationToken">Stops between students.</param>
    public static async Task<IReadOnlyList<RosterEntry>> GradeAsync(
        IReadOnlyList<KataInfo> katas, string submissions, string rosterDir, GradeOptions options,
        Action<string, bool>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(katas);
        Directory.CreateDirectory(rosterDir);
        var entries = new List<RosterEntry>();
        foreach (var student in Directory.GetDirectories(submissions).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(student);
            var reportFile = Path.Combine(rosterDir, name + ".json");
            var report = TryLoad(reportFile);
            progress?.Invoke(name, report is not null);
            if (report is null)
            {
                var grades = new List<KataGrade>();
                foreach (var kata in katas)
                {
                    grades.Add(await KataGrader.GradeAsync(kata, FolderOf(student, kata, katas.Count), options, cancellationToken).ConfigureAwait(false));
                }

                report = GradeReport.From(grades);
                await File.WriteAllTextAsync(reportFile, JsonReportWriter.Write(report), cancellationToken).ConfigureAwait(false);
            }

            entries.Add(new RosterEntry(name, report.Score, report.MaxScore, report.Passed, report.Katas.ToDictionary(k => k.Id, k => k.Score)));
        }

        await File.WriteAllTextAsync(Path.Combine(rosterDir, "roster.json"), JsonSerializer.Serialize(entries, RosterJson), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(rosterDir, "roster.csv"), Csv(entries, katas), cancellationToken).ConfigureAwait(false);
        return entries;
    }

    private static readonly JsonSerializerOptions RosterJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    private static string FolderOf(string student, KataInfo kata, int kataCount)
    {
        foreach (var candidate in new[] { kata.FolderName, kata.Manifest.Id })
        {
            var folder = Path.Combine(student, candidate);
            if (Directory.Exists(folder))
            {
                return folder;
            }
        }

        return kataCount == 1 ? student : Path.Combine(student, kata.FolderName);
    }

    // A report that does not parse (a run killed while writing it) is graded again.
    private static GradeReport? TryLoad(string file)
    {
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<GradeReport>(File.ReadAllText(file), RosterJson) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Csv(IEnumerable<RosterEntry> entries, IReadOnlyList<KataInfo> katas)
    {
        var csv = new StringBuilder();
        csv.Append("student,score,maxScore,passed");
        foreach (var kata in katas)
        {
            csv.Append(',').Append(kata.Manifest.Id);
        }

        csv.Append('\n');
        foreach (var e in entries)
        {
            csv.Append(Field(e.Student)).Append(',').Append(e.Score.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(e.MaxScore.ToString(CultureInfo.InvariantCulture)).Append(',').Append(e.Passed ? "true" : "false");
            foreach (var kata in katas)
            {
                csv.Append(',').Append(e.KataScores.TryGetValue(kata.Manifest.Id, out var s) ? s.ToString(CultureInfo.InvariantCulture) : "");
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }

    // Quote a field that a spreadsheet could misread; a leading = + - @ would start a formula.
    private static string Field(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 || (s.Length > 0 && "=+-@".Contains(s[0], StringComparison.Ordinal))
            ? "\"" + (s.Length > 0 && "=+-@".Contains(s[0], StringComparison.Ordinal) ? "'" : "") + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : s;
}
