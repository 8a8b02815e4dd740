using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Grading;

/// <summary>One learner's files to grade: a student's folder of a class, a single submission, or the kata folders themselves.</summary>
/// <param name="Name">The student's folder name; empty for a single grade.</param>
/// <param name="LearnerFolder">Where a kata's learner files are for this learner; null for the kata folder itself.</param>
public sealed record Submission(string Name, Func<KataInfo, string?> LearnerFolder)
{
    /// <summary>The learner files as they sit in each kata folder: a learner's own <c>kitchen grade</c> or <c>kata check</c>.</summary>
    public static Submission InPlace { get; } = new("", _ => null);

    /// <summary>True when every kata of <paramref name="katas"/> is graded on the files in its own folder.</summary>
    public bool IsInPlace(IEnumerable<KataInfo> katas) => katas.All(k => LearnerFolder(k) is null);
}

/// <summary>What grading a batch does besides bookkeeping: build the katas once, work out hints, grade one kata of one learner.</summary>
/// <param name="PrepareAsync">Builds the katas once (<see cref="KataBuildPlan.PrepareAsync"/>); what the grades may then skip.</param>
/// <param name="GradeAsync">Grades one kata against one learner's folder (null: the kata's own) after the builds of a plan, with hints worked out beforehand or null.</param>
/// <param name="HintsAsync">Works out the editor hints of a kata folder while the katas build; null leaves them to each grade.</param>
internal sealed record BatchWork(
    Func<IReadOnlyList<KataInfo>, GradeOptions, CancellationToken, Task<KataBuildPlan>> PrepareAsync,
    Func<KataInfo, string?, GradeOptions, KataBuildPlan, Task<EditorHints>?, CancellationToken, Task<KataGrade>> GradeAsync,
    Func<KataInfo, string, CancellationToken, Task<EditorHints>>? HintsAsync = null)
{
    /// <summary>The real builds, hints and checks.</summary>
    public static BatchWork Real { get; } = new(KataBuildPlan.PrepareAsync, KataGrader.GradeAsync, KataGrader.HintsAsync);
}

/// <summary>
/// Grades learners' files against katas: the one way every grade runs. A single submission is a batch of one
/// (<c>kitchen grade</c>, <c>kitchen kata check</c>); a class is a batch of many (<c>--submissions</c>), graded up to
/// <see cref="GradeOptions.StudentsAtOnce"/> at a time, each worker building in a slot of its own.
/// </summary>
/// <remarks>
/// The katas are built once beforehand when that pays: when the batch grades the kata folders in place (the grades then
/// only run the checks; the hints are worked out meanwhile), or when it grades several learners (their builds then
/// skip the shared grader projects, which is what lets them build at once). A single submission from elsewhere builds
/// its kata once, in its own grade.
/// </remarks>
public static class SubmissionBatch
{
    /// <summary>
    /// Grades every submission of <paramref name="submissions"/> on every kata of <paramref name="katas"/>, in order,
    /// and gives back what <paramref name="graded"/> makes of each one's report (called as soon as it is made, from
    /// several threads when learners are graded at once; it decides what stays in memory).
    /// </summary>
    /// <param name="katas">The katas each submission is graded on.</param>
    /// <param name="submissions">The learners' files.</param>
    /// <param name="options">How to grade, and how many learners at once.</param>
    /// <param name="graded">Turns a learner's report into what is kept (the report itself, a roster line after writing it to disk).</param>
    /// <param name="starting">Told each submission before it is graded.</param>
    /// <param name="cancellationToken">Stops between grades.</param>
    public static Task<IReadOnlyList<T>> GradeAsync<T>(
        IReadOnlyList<KataInfo> katas, IReadOnlyList<Submission> submissions, GradeOptions options,
        Func<Submission, GradeReport, CancellationToken, Task<T>> graded, Action<Submission>? starting = null, CancellationToken cancellationToken = default) =>
        GradeAsync(katas, submissions, options, BatchWork.Real, graded, starting, cancellationToken);

    /// <summary>Grades a batch of one and gives back its report.</summary>
    public static async Task<GradeReport> GradeOneAsync(
        IReadOnlyList<KataInfo> katas, Submission submission, GradeOptions options, CancellationToken cancellationToken = default) =>
        (await GradeAsync(katas, [submission], options, (_, report, _) => Task.FromResult(report), null, cancellationToken).ConfigureAwait(false))[0];

    /// <summary>The same, with the building, hints and grading done by <paramref name="work"/> (tests stand in for the real thing).</summary>
    internal static async Task<IReadOnlyList<T>> GradeAsync<T>(
        IReadOnlyList<KataInfo> katas, IReadOnlyList<Submission> submissions, GradeOptions options, BatchWork work,
        Func<Submission, GradeReport, CancellationToken, Task<T>> graded, Action<Submission>? starting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(katas);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(graded);
        if (submissions.Count == 0)
        {
            return [];
        }

        var inPlace = submissions.Count == 1 && submissions[0].IsInPlace(katas);
        var hints = new Dictionary<string, Task<EditorHints>>(StringComparer.Ordinal);
        var plan = KataBuildPlan.Nothing;
        if (inPlace || submissions.Count > 1)
        {
            foreach (var kata in katas)
            {
                options.Progress?.Report(new KataProgress(kata.Manifest.Id, kata.Manifest.Title, KataStage.Building, kata.Manifest.Checks.Count));
                if (inPlace && work.HintsAsync is { } hintsAsync)
                {
                    // Worked out while the katas build, never while checks run: some checks time things.
                    hints[kata.Manifest.Id] = Task.Run(() => hintsAsync(kata, kata.Folder, cancellationToken), cancellationToken);
                }
            }

            plan = await work.PrepareAsync(katas, options, cancellationToken).ConfigureAwait(false);
            foreach (var kata in katas.Skip(1))
            {
                options.Progress?.Report(new KataProgress(kata.Manifest.Id, kata.Manifest.Title, KataStage.Waiting, kata.Manifest.Checks.Count));
            }
        }

        // Without the shared projects built, every build writes them too: one learner at a time.
        var workers = plan.SharedProjectsBuilt ? Math.Clamp(options.StudentsAtOnce, 1, submissions.Count) : 1;
        var kept = new T[submissions.Count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(1, workers).Select(worker => Task.Run(
            async () =>
            {
                var slot = plan.ForWorker(worker, workers);
                for (var i = Interlocked.Increment(ref next); i < submissions.Count; i = Interlocked.Increment(ref next))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var submission = submissions[i];
                    starting?.Invoke(submission);
                    var grades = new List<KataGrade>();
                    foreach (var kata in katas)
                    {
                        grades.Add(await work.GradeAsync(kata, submission.LearnerFolder(kata), options, slot, hints.GetValueOrDefault(kata.Manifest.Id), cancellationToken).ConfigureAwait(false));
                    }

                    kept[i] = await graded(submission, GradeReport.From(grades), cancellationToken).ConfigureAwait(false);
                }
            },
            cancellationToken))).ConfigureAwait(false);
        return kept;
    }
}
