using System.Globalization;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Mutation;

/// <summary>
/// The general path: builds a kata's checks once against a mutant and runs them in child processes with a time limit,
/// through <see cref="KataTestRunner"/> as the grader does: the likeliest killer alone first, then the rest in one run
/// that stops at the first failure.
/// </summary>
public sealed class ChildProcessMutantChecks
{
    private readonly KataInfo _kata;
    private readonly RaceMutationOptions _options;

    /// <summary>Checks of <paramref name="kata"/>, run the way <paramref name="options"/> says.</summary>
    public ChildProcessMutantChecks(KataInfo kata, RaceMutationOptions options)
    {
        _kata = kata ?? throw new ArgumentNullException(nameof(kata));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>
    /// Builds the kata against <paramref name="sourceDir"/> with its project references, so later builds can skip them.
    /// Returns the compiler's first error, or null when it built.
    /// </summary>
    public async Task<string?> PrepareAsync(string sourceDir, CancellationToken cancellationToken) =>
        await BuildAsync(sourceDir, withReferences: true, cancellationToken).ConfigureAwait(false);

    /// <summary>Builds the kata against <paramref name="sourceDir"/> and runs <paramref name="order"/>, stopping at the first check that fails.</summary>
    public async Task<MutantCheckOutcome> RunAsync(string sourceDir, IReadOnlyList<string> order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (await BuildAsync(sourceDir, withReferences: false, cancellationToken).ConfigureAwait(false) is { } error)
        {
            return new MutantCheckOutcome(null, [], error, Stillborn: true);
        }

        var ran = new List<string>();
        foreach (var batch in order.Count == 0 ? [] : new[] { order.Take(1).ToArray(), order.Skip(1).ToArray() })
        {
            if (batch.Length == 0)
            {
                continue;
            }

            var (killer, detail, seen) = await TestAsync(sourceDir, batch, cancellationToken).ConfigureAwait(false);
            ran.AddRange(seen);
            if (killer is not null)
            {
                return new MutantCheckOutcome(killer, ran, detail, Stillborn: false);
            }
        }

        return new MutantCheckOutcome(null, ran, null, Stillborn: false);
    }

    private async Task<string?> BuildAsync(string sourceDir, bool withReferences, CancellationToken cancellationToken)
    {
        var build = await KataTestRunner.BuildAsync(
            Request(sourceDir) with { SkipProjectReferences = !withReferences, Timeout = _options.BuildTimeout }, cancellationToken).ConfigureAwait(false);
        if (build.ExitCode == 0 && !build.TimedOut)
        {
            return null;
        }

        var errors = BuildErrors.Extract(build.StandardOutput + "\n" + build.StandardError, sourceDir);
        return errors.Count > 0 ? errors[0]
            : build.TimedOut ? $"the build did not finish within {_options.BuildTimeout.TotalMinutes:0.#} minutes"
            : $"the build failed (exit code {build.ExitCode})";
    }

    // Runs the checks in one test host; the first failing one killed the mutant. A run that hangs or dies before
    // reporting a check kills it too: a learner would see that check fail.
    private async Task<(string? Killer, string? Detail, IReadOnlyList<string> Seen)> TestAsync(string sourceDir, IReadOnlyList<string> checks, CancellationToken cancellationToken)
    {
        var run = await KataTestRunner.RunAsync(
            Request(sourceDir) with
            {
                NoBuild = true,
                Filter = KataTestRequest.FilterFor(checks),
                StopAtFirstFailure = true,
                Timeout = _options.CheckTimeout,
            },
            cancellationToken).ConfigureAwait(false);
        var tests = run.Tests;
        var seen = checks.Where(c => tests.Any(t => t.FullName == c)).ToArray();
        if (tests.FirstOrDefault(t => !t.Passed && checks.Contains(t.FullName)) is { } failed)
        {
            return (failed.FullName, FirstLine(failed.Message) ?? failed.Outcome, seen);
        }

        var missing = checks.FirstOrDefault(c => !tests.Any(t => t.FullName == c && t.Passed));
        if (missing is null)
        {
            return (null, null, seen);
        }

        var why = run.Process.TimedOut
            ? $"the checks hung: still running after {_options.CheckTimeout.TotalMinutes:0.#} minutes"
            : $"the test host ended before reporting this check ({run.Process.Verdict})";
        return (missing, why, [.. seen, missing]);
    }

    // The mutant's folder as the learner files, built and run the way the grader builds and runs a submission.
    private KataTestRequest Request(string sourceDir) => new(_kata.Folder)
    {
        SourceDir = sourceDir,
        Environment = new Dictionary<string, string?>
        {
            [StressBudget.ScaleVariable] = _options.BudgetScale.ToString(CultureInfo.InvariantCulture),
        },
    };

    private static string? FirstLine(string? text) =>
        text?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
}
