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
    public static async Task<KataGrade> GradeAsync(KataInfo kata, string? submission, GradeOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        using var copy = submission is null ? null : SubmissionCopy.Take(kata, submission);
        var environment = new Dictionary<string, string?>
        {
            ["KITCHEN_STRESS_SCALE"] = options.BudgetScale.ToString(CultureInfo.InvariantCulture),
        };
        if (options.Seed is { } seed)
        {
            environment["KITCHEN_STRESS_SEED"] = seed.ToString(CultureInfo.InvariantCulture);
        }

        var run = await KataTestRunner.RunAsync(
            new KataTestRequest(kata.Folder)
            {
                SourceDir = copy?.Folder,
                SkipProjectReferences = false,
                Environment = environment,
                Timeout = options.KataTimeout,
            },
            cancellationToken).ConfigureAwait(false);

        var notes = new List<string>(copy?.Notes ?? []);
        var whyNothingRan = run.NoResults ? WhyNothingRan(run, copy?.Folder ?? kata.Folder, options) : null;
        if (whyNothingRan is not null)
        {
            notes.Add(whyNothingRan);
        }

        var checks = kata.Manifest.Checks.Select(check => Grade(check, run, whyNothingRan)).ToArray();
        var score = checks.Sum(c => c.Points);
        var hints = await HintsAsync(kata, copy?.Folder ?? kata.Folder, notes, cancellationToken).ConfigureAwait(false);
        return new KataGrade(
            kata.Manifest.Id, kata.Manifest.Title, checks.All(c => c.Passed), score, kata.Manifest.MaxScore,
            checks, hints, notes, stopwatch.Elapsed.TotalMilliseconds);
    }

    // The same analyzers the learner's editor runs; their advice comes first in reports but never changes a score.
    private static async Task<IReadOnlyList<HintInfo>> HintsAsync(KataInfo kata, string sourceDir, List<string> notes, CancellationToken cancellationToken)
    {
        var repoRoot = Path.GetFullPath(Path.Combine(kata.Folder, "..", ".."));
        var provided = Path.Combine(kata.Folder, "Provided");
        try
        {
            var learner = kata.Manifest.LearnerFiles.Select(f => Path.Combine(sourceDir, f)).Where(File.Exists).ToArray();
            var context = Directory.Exists(provided) ? Directory.GetFiles(provided, "*.cs", SearchOption.AllDirectories) : [];
            var found = await AnalyzerHints.ForFilesAsync(learner, context, cancellationToken).ConfigureAwait(false);
            return found.Select(h => new HintInfo(
                    h.Id,
                    Path.GetRelativePath(repoRoot, Path.Combine(kata.Folder, Path.GetRelativePath(sourceDir, h.File))).Replace('\\', '/'),
                    h.Line,
                    h.Message))
                .ToArray();
        }
#pragma warning disable CA1031 // advice is optional: a failure to give it must never cost the learner a grade
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            notes.Add($"No editor hints this time: {e.Message}");
            return [];
        }
    }

    private static CheckGrade Grade(KataCheckInfo check, KataTestRun run, string? whyNothingRan)
    {
        var outcome = run.Tests.FirstOrDefault(t => string.Equals(t.FullName, check.Test, StringComparison.Ordinal));
        if (outcome is null)
        {
            return new CheckGrade(check.Test, check.Title, false, 0, check.Points,
                whyNothingRan ?? "This check did not run, so it cannot count as passed.", 0);
        }

        return new CheckGrade(check.Test, check.Title, outcome.Passed, outcome.Passed ? check.Points : 0, check.Points,
            outcome.Passed ? null : outcome.Message ?? $"The check ended as '{outcome.Outcome}'.", outcome.Duration.TotalMilliseconds)
        {
            Data = Reporting.CheckData.Parse(outcome.StandardOutput),
        };
    }

    private static string WhyNothingRan(KataTestRun run, string sourceDir, GradeOptions options)
    {
        if (run.Process.TimedOut)
        {
            return $"The checks did not finish within {options.KataTimeout.TotalMinutes:0.#} minutes and were stopped; no check could pass.";
        }

        var errors = BuildErrors.Extract(run.Process.StandardOutput + "\n" + run.Process.StandardError, sourceDir);
        return errors.Count > 0
            ? "Your code does not compile, so no check could run. The compiler says:\n" + string.Join("\n", errors.Take(20))
            : $"The checks stopped before reporting any result (exit code {run.Process.ExitCode}). Last output:\n{Tail(run.Process.StandardOutput, 15)}";
    }

    private static string Tail(string text, int lines) =>
        string.Join("\n", text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).TakeLast(lines));
}
