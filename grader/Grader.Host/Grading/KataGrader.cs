using System.Diagnostics;
using System.Globalization;
using KitchenKatas.Grader.Hints;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Grading;

/// <summary>
/// Grades one kata: runs its NUnit checks (the one source of truth) in a child process against the learner's files
/// or a submission's, and maps each test to its points from kata.json. A check scores only when its test was seen
/// to run and pass.
/// </summary>
public static class KataGrader
{
    /// <summary>Grades <paramref name="kata"/>; <paramref name="submission"/> is a folder of learner files, or null for the kata folder's own.</summary>
    public static Task<KataGrade> GradeAsync(KataInfo kata, string? submission, GradeOptions options, CancellationToken cancellationToken = default) =>
        GradeAsync(kata, submission, options, KataBuildPlan.Nothing, null, cancellationToken);

    /// <summary>
    /// Grades <paramref name="kata"/> after the builds of <paramref name="plan"/> (<see cref="KataBuildPlan.PrepareAsync"/>),
    /// with editor hints worked out beforehand (<see cref="HintsAsync"/>, for the same learner files) so they can be
    /// found while something else runs; null works them out here.
    /// </summary>
    public static async Task<KataGrade> GradeAsync(
        KataInfo kata, string? submission, GradeOptions options, KataBuildPlan plan, Task<EditorHints>? hints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(plan);
        var stopwatch = Stopwatch.StartNew();
        // Taken before the run: the checks as they were when this grade began are the ones it is made with.
        var checksVersion = ChecksVersion.Of(kata);
        using var copy = submission is null ? null : SubmissionCopy.Take(kata, submission);
        var sourceDir = copy?.Folder ?? kata.Folder;
        var extra = new Dictionary<string, string?>
        {
            ["KITCHEN_STRESS_SCALE"] = options.BudgetScale.ToString(CultureInfo.InvariantCulture),
        };
        if (options.Seed is { } seed)
        {
            extra["KITCHEN_STRESS_SEED"] = seed.ToString(CultureInfo.InvariantCulture);
        }

        var counter = options.Progress is { } display ? new KataProgressCounter(kata.Manifest, display) : null;
        var request = new KataTestRequest(kata.Folder)
        {
            Progress = counter is null ? null : counter.Take,
            SourceDir = copy?.Folder,
            SkipProjectReferences = plan.SharedProjectsBuilt,
            BuildSlot = plan.Slot,
            Environment = ChildEnvironment.For(extra),
            Timeout = options.KataTimeout,
            Limits = options.Limits,
        };

        // The editor hints are worked out while the checks build, never while they run: some checks time things.
        var notes = new List<string>(copy?.Notes ?? []);
        var hinting = hints ?? Task.Run(() => HintsAsync(kata, sourceDir, cancellationToken), cancellationToken);
        EditorHints? advice = null;

        // Everything the build and the checks are made of is compared with (and put back) after the run; graded in
        // place, the learner files are the learner's own and are never touched, whatever happens to them meanwhile.
        var (run, tampered) = await TamperGuard.RunAsync(
            kata.RepoRoot,
            kata.Folder,
            copy is null ? kata.Manifest.LearnerFiles : null,
            async () =>
            {
                var building = copy is not null || !plan.KataFoldersBuilt;
                counter?.Stage(building ? KataStage.Building : KataStage.Checking);
                var build = building ? await KataTestRunner.BuildAsync(request, cancellationToken).ConfigureAwait(false) : null;
                advice = await hinting.ConfigureAwait(false);
                counter?.Stage(KataStage.Checking);
                return build is null || build.ExitCode == 0
                    ? await KataTestRunner.RunAsync(request with { NoBuild = true, Timeout = Left(options.KataTimeout, stopwatch) }, cancellationToken).ConfigureAwait(false)
                    : new KataTestRun([], build);
            },
            cancellationToken).ConfigureAwait(false);
        advice ??= await hinting.ConfigureAwait(false);

        // A check that could not judge on a busy machine gets one more try, with the machine to itself.
        var unjudged = kata.Manifest.Checks.Where(c => run.Tests.FirstOrDefault(t => t.FullName == c.Test) is { } o
            && NotJudged.Of(o) is { } why && !why.StartsWith(NotJudged.OnThisMachine, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (unjudged.Length > 0 && tampered.Count == 0)
        {
            counter?.Stage(KataStage.CheckingAgainAlone);
            var (again, tamperedAgain) = await TamperGuard.RunAloneAsync(
                kata.RepoRoot,
                kata.Folder,
                copy is null ? kata.Manifest.LearnerFiles : null,
                () => KataTestRunner.RunAsync(
                    request with { NoBuild = true, Filter = KataTestRequest.FilterFor(unjudged.Select(c => c.Test)), Timeout = Left(options.KataTimeout, stopwatch) },
                    cancellationToken),
                cancellationToken).ConfigureAwait(false);
            tampered = tampered.Concat(tamperedAgain).ToArray();
            run = run with { Tests = run.Tests.Select(t => again.Tests.FirstOrDefault(a => a.FullName == t.FullName) ?? t).ToArray() };
            var still = unjudged.Count(c => run.Tests.FirstOrDefault(t => t.FullName == c.Test) is { } o && NotJudged.Of(o) is not null);
            notes.Add(still == 0
                ? $"{Checks(unjudged.Length)} could not judge your code beside other work, so {(unjudged.Length == 1 ? "it" : "they")} ran again with the machine to {(unjudged.Length == 1 ? "itself" : "themselves")}, and judged."
                : $"{Checks(still)} could not judge your code on this machine, even with the machine to {(still == 1 ? "itself" : "themselves")}: no points either way. Grade again on a quieter machine.");
        }
        if (advice.Note is not null)
        {
            notes.Add(advice.Note);
        }

        var verdict = RunVerdict.Of(run, tampered, sourceDir, options, kata.Manifest.Checks.Select(c => c.Test).ToArray());
        notes.AddRange(verdict.Notes);
        var learnerFiles = kata.Manifest.LearnerFiles.Select(f => Path.Combine(sourceDir, f)).ToArray();
        if (SelfInspection.Note(SelfInspection.Find(learnerFiles)) is { } inspection)
        {
            notes.Add(inspection);
        }

        var checks = kata.Manifest.Checks.Select(check => Grade(check, run, verdict)).ToArray();
        counter?.Stage(KataStage.Done);
        var score = checks.Sum(c => c.Points);
        return new KataGrade(
            kata.Manifest.Id, kata.Manifest.Title, checks.All(c => c.Passed), score, kata.Manifest.MaxScore,
            checks, advice.Hints, notes, stopwatch.Elapsed.TotalMilliseconds)
        {
            ChecksVersion = checksVersion,
            ChecksCommit = ChecksVersion.CommitOf(kata),
        };
    }

    private static string Checks(int count) => count == 1 ? "One check" : $"{count.ToString(CultureInfo.InvariantCulture)} checks";

    // What a passing check said it saw (KataEvidence), one line each; null when it said nothing.
    private static string? Evidence(IReadOnlyList<CheckData> data)
    {
        var said = data.Where(d => d.Kind == "evidence" && d.Payload.TryGetProperty("text", out _))
            .Select(d => d.Payload.GetProperty("text").GetString())
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .ToArray();
        return said.Length == 0 ? null : RunVerdict.Capped(string.Join("\n", said));
    }

    private static TimeSpan Left(TimeSpan limit, Stopwatch spent) =>
        limit - spent.Elapsed > TimeSpan.FromSeconds(1) ? limit - spent.Elapsed : TimeSpan.FromSeconds(1);

    /// <summary>
    /// The same analyzers the learner's editor runs, over the learner files in <paramref name="sourceDir"/>; their
    /// advice comes first in reports but never changes a score, and a failure to give it is only a note.
    /// </summary>
    public static async Task<EditorHints> HintsAsync(KataInfo kata, string sourceDir, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kata);
        var repoRoot = kata.RepoRoot;
        try
        {
            var learner = kata.Manifest.LearnerFiles.Select(f => Path.Combine(sourceDir, f)).Where(File.Exists).ToArray();
            var context = AnalyzerHints.ProvidedFiles(kata.Folder);
            var found = await AnalyzerHints.ForFilesAsync(learner, context, cancellationToken).ConfigureAwait(false);
            return new EditorHints(
                found.Select(h => new HintInfo(
                        h.Id,
                        Path.GetRelativePath(repoRoot, Path.Combine(kata.Folder, Path.GetRelativePath(sourceDir, h.File))).Replace('\\', '/'),
                        h.Line,
                        h.Message))
                    .ToArray(),
                null);
        }
#pragma warning disable CA1031 // advice is optional: a failure to give it must never cost the learner a grade
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new EditorHints([], $"No editor hints this time: {e.Message}");
        }
    }

    private static CheckGrade Grade(KataCheckInfo check, KataTestRun run, RunVerdict verdict)
    {
        if (verdict.NothingCounts is { } why)
        {
            // The kata's note tells the same story; a report for people shows it once (see RunVerdict.PointerToNote).
            return new CheckGrade(check.Test, check.Title, false, 0, check.Points, why, 0) { Fault = verdict.NothingCountsFault };
        }

        var outcome = run.Tests.FirstOrDefault(t => string.Equals(t.FullName, check.Test, StringComparison.Ordinal));
        if (outcome is null)
        {
            return new CheckGrade(check.Test, check.Title, false, 0, check.Points, verdict.WhyCheckMissing, 0) { Fault = verdict.MissingCheckFault };
        }

        var data = CheckData.Parse(outcome.HandedData);
        if (NotJudged.Of(outcome) is { } unjudged)
        {
            return new CheckGrade(check.Test, check.Title, false, 0, check.Points, RunVerdict.Capped(unjudged), outcome.Duration.TotalMilliseconds)
            {
                NotJudged = RunVerdict.Capped(unjudged),
                Fault = Fault.GradingMachine,
                Data = data,
            };
        }

        var message = outcome.Passed
            ? Evidence(data)
            : RunVerdict.Capped(outcome.Message ?? $"The check ended as '{outcome.Outcome}'.");
        return new CheckGrade(check.Test, check.Title, outcome.Passed, outcome.Passed ? check.Points : 0, check.Points, message, outcome.Duration.TotalMilliseconds)
        {
            Fault = outcome.Passed ? null : Fault.LearnerCode,
            Data = data,
        };
    }
}

/// <summary>The editor hints for one kata's learner files.</summary>
/// <param name="Hints">The analyzers' diagnostics, as hints.</param>
/// <param name="Note">Why there are none, when the analyzers could not run; null otherwise.</param>
public sealed record EditorHints(IReadOnlyList<HintInfo> Hints, string? Note);
