using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Reporting;

namespace KitchenKatas.Grader.Roster;

/// <summary>One student's line in a class roster.</summary>
/// <param name="Student">The submission folder's name.</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">Points available.</param>
/// <param name="Passed">True when every graded check passed.</param>
/// <param name="KataScores">Score per kata id.</param>
public sealed record RosterEntry(string Student, int Score, int MaxScore, bool Passed, IReadOnlyDictionary<string, int> KataScores);

/// <summary>
/// Grades a class: one folder per student, the students not yet graded as one batch (<see cref="SubmissionBatch"/>, the
/// model every grade uses), up to <see cref="GradeOptions.StudentsAtOnce"/> students at once. Every student's full
/// report is written as soon as it is made, so a rerun skips those already graded with the same checks and resumes
/// where it stopped.
/// </summary>
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
        var everyone = Directory.GetDirectories(submissions).Order(StringComparer.Ordinal).ToArray();
        var students = options.Shard is { } shard ? everyone.Where(s => shard.Holds(Path.GetFileName(s))).ToArray() : everyone;
        if (options.Shard is not null)
        {
            // Written first, so a part stopped half-way still tells a merge which students it owes.
            await RosterFiles.WriteShardAsync(
                rosterDir, new ShardRecord(options.Shard.ToString(), everyone.Select(Path.GetFileName).ToArray()!, students.Select(Path.GetFileName).ToArray()!), cancellationToken).ConfigureAwait(false);
        }

        // Only each student's line of the roster stays in memory; the whole report is on disk. Holding the reports (with
        // every check's output) made the grader grow by some 100 MB over a 200-student class.
        // A grade on disk stands only if it was made with the checks as they are now: after a change to the checks (or
        // the grader they build with), the students graded with the old ones are graded again, and nobody else.
        var versions = katas.ToDictionary(k => k.Manifest.Id, k => work.ChecksVersionOf?.Invoke(k) ?? "", StringComparer.Ordinal);
        var rows = new RosterEntry?[students.Length];
        var pending = new List<int>();
        for (var i = 0; i < students.Length; i++)
        {
            rows[i] = RosterFiles.TryLoad(RosterFiles.ReportFile(rosterDir, students[i])) is { } loaded && GradedWith(loaded, versions)
                ? RosterFiles.Row(students[i], loaded)
                : null;
            if (rows[i] is null)
            {
                pending.Add(i);
            }
            else
            {
                progress?.Invoke(Path.GetFileName(students[i]), true);
            }
        }

        // The students still to grade are one batch: the same model as a single grade, with a worker slot each.
        var batch = pending.Select(i => new Submission(Path.GetFileName(students[i]), kata => FolderOf(students[i], kata, katas.Count))).ToArray();
        var graded = await SubmissionBatch.GradeAsync(
            katas, batch, options, work.Batch,
            async (submission, report, token) =>
            {
                var student = Path.Combine(submissions, submission.Name);
                await File.WriteAllTextAsync(RosterFiles.ReportFile(rosterDir, student), JsonReportWriter.Write(report), token).ConfigureAwait(false);
                return RosterFiles.Row(student, report);
            },
            submission => progress?.Invoke(submission.Name, false),
            cancellationToken).ConfigureAwait(false);
        for (var k = 0; k < pending.Count; k++)
        {
            rows[pending[k]] = graded[k];
        }

        var entries = rows.Select(row => row!).ToList();
        await RosterFiles.WriteRosterAsync(rosterDir, entries, katas.Select(k => k.Manifest.Id).ToArray(), cancellationToken).ConfigureAwait(false);
        return entries;
    }

    // True when the report holds a grade of every kata, each made with the checks of that kata as they are now.
    private static bool GradedWith(GradeReport report, IReadOnlyDictionary<string, string> versions) =>
        versions.All(v => report.Katas.Any(k => k.Id == v.Key && k.ChecksVersion == v.Value));

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
}
