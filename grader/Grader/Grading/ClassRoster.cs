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
/// Grades a class: one folder per student, each graded like a single submission, up to
/// <see cref="GradeOptions.StudentsAtOnce"/> students at once. Every student's full report is written as soon as it
/// is made, so a rerun skips those already graded and resumes where it stopped.
/// </summary>
/// <remarks>
/// Students graded at once build the same kata against different files, so each worker builds in a slot of its own
/// (<see cref="GradeOptions.BuildSlot"/>); the grader projects and the kata folders are built once before, and the
/// slots only build the kata's own project.
/// </remarks>
public static class ClassRoster
{
    /// <summary>Grades every student folder in <paramref name="submissions"/> that has no report in <paramref name="rosterDir"/> yet.</summary>
    /// <param name="katas">The katas to grade for each student.</param>
    /// <param name="submissions">One folder per student. A student's kata files sit in a folder named after the kata's folder or id, or directly in the student's folder when one kata is graded.</param>
    /// <param name="rosterDir">Where each student's report and the roster files go.</param>
    /// <param name="options">How to grade, and how many students at once.</param>
    /// <param name="progress">Told each student's name before they are graded, and whether they were skipped; called from several threads when students are graded at once.</param>
    /// <param name="cancellationToken">Stops between students.</param>
    public static Task<IReadOnlyList<RosterEntry>> GradeAsync(
        IReadOnlyList<KataInfo> katas, string submissions, string rosterDir, GradeOptions options,
        Action<string, bool>? progress = null, CancellationToken cancellationToken = default) =>
        GradeAsync(katas, submissions, rosterDir, options, RosterWork.Real, progress, cancellationToken);

    /// <summary>The same, with the building and grading done by <paramref name="work"/> (tests stand in for the real thing).</summary>
    internal static async Task<IReadOnlyList<RosterEntry>> GradeAsync(
        IReadOnlyList<KataInfo> katas, string submissions, string rosterDir, GradeOptions options, RosterWork work,
        Action<string, bool>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(katas);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(rosterDir);
        var students = Directory.GetDirectories(submissions).Order(StringComparer.Ordinal).ToArray();
        // Only each student's line of the roster stays in memory; the whole report is on disk. Holding the reports (with
        // every check's output) made the grader grow by some 100 MB over a 200-student class.
        var rows = new RosterEntry?[students.Length];
        var pending = new List<int>();
        for (var i = 0; i < students.Length; i++)
        {
            rows[i] = TryLoad(ReportFile(rosterDir, students[i])) is { } loaded ? Row(students[i], loaded) : null;
            if (rows[i] is null)
            {
                pending.Add(i);
            }
            else
            {
                progress?.Invoke(Path.GetFileName(students[i]), true);
            }
        }

        if (pending.Count > 0)
        {
            var workers = Math.Clamp(options.StudentsAtOnce, 1, pending.Count);
            var shared = await work.PrepareAsync(katas, options, cancellationToken).ConfigureAwait(false);
            if (!shared)
            {
                workers = 1; // without the shared projects built, every build writes them: one at a time
            }

            var next = -1;
            await Task.WhenAll(Enumerable.Range(1, workers).Select(worker => Task.Run(
                async () =>
                {
                    var slot = options with { ReferencesBuilt = shared, BuildSlot = workers > 1 ? $"worker-{worker}" : null };
                    for (var k = Interlocked.Increment(ref next); k < pending.Count; k = Interlocked.Increment(ref next))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var i = pending[k];
                        progress?.Invoke(Path.GetFileName(students[i]), false);
                        rows[i] = Row(students[i], await GradeStudentAsync(katas, students[i], rosterDir, slot, work, cancellationToken).ConfigureAwait(false));
                    }
                },
                cancellationToken))).ConfigureAwait(false);
        }

        var entries = rows.Select(row => row!).ToList();
        await File.WriteAllTextAsync(Path.Combine(rosterDir, "roster.json"), JsonSerializer.Serialize(entries, RosterJson), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(rosterDir, "roster.csv"), Csv(entries, katas), cancellationToken).ConfigureAwait(false);
        return entries;
    }

    private static RosterEntry Row(string student, GradeReport report) =>
        new(Path.GetFileName(student), report.Score, report.MaxScore, report.Passed, report.Katas.ToDictionary(k => k.Id, k => k.Score));

    private static string ReportFile(string rosterDir, string student) => Path.Combine(rosterDir, Path.GetFileName(student) + ".json");

    // Builds every kata once in its usual folders, which builds the grader projects (and a kata's own helpers, like
    // kata 3's tab) the students' builds then only read. True when that worked.
    internal static async Task<bool> PrepareAsync(IReadOnlyList<KataInfo> katas, GradeOptions options, CancellationToken cancellationToken)
    {
        var root = KataLocator.FindRepoRoot(katas[0].Folder);
        if (root is null)
        {
            return false;
        }

        var build = await Katas.KataPrebuild.BuildAsync(root, katas.Select(k => k.Folder), options.KataTimeout, options.Limits, cancellationToken).ConfigureAwait(false);
        return build.ExitCode == 0;
    }

    private static async Task<GradeReport> GradeStudentAsync(
        IReadOnlyList<KataInfo> katas, string student, string rosterDir, GradeOptions options, RosterWork work, CancellationToken cancellationToken)
    {
        var grades = new List<KataGrade>();
        foreach (var kata in katas)
        {
            grades.Add(await work.GradeAsync(kata, FolderOf(student, kata, katas.Count), options, cancellationToken).ConfigureAwait(false));
        }

        var report = GradeReport.From(grades);
        await File.WriteAllTextAsync(ReportFile(rosterDir, student), JsonReportWriter.Write(report), cancellationToken).ConfigureAwait(false);
        return report;
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
