using System.Diagnostics;
using System.Globalization;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Mutation;

/// <summary>
/// Plants every race mutant in a kata's reference solution (<c>solutions/NN-id/</c>) and runs the kata's checks against
/// each, to prove the checks catch the races they claim to. A mutant counts as killed when one check fails against it;
/// stillborn mutants (they do not compile) and those listed in <c>equivalent-mutants.json</c> do not count.
/// </summary>
public static class RaceMutationRunner
{
    /// <summary>Runs the race mutants of <paramref name="kata"/>; never throws for what a mutant does.</summary>
    /// <exception cref="DirectoryNotFoundException">The kata has no reference solution.</exception>
    /// <exception cref="InvalidDataException">Its equivalent-mutant list is malformed.</exception>
    public static async Task<RaceMutationReport> RunAsync(KataInfo kata, RaceMutationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kata);
        options ??= new RaceMutationOptions();
        var clock = Stopwatch.StartNew();
        var solutionDir = SolutionFolder(kata);
        var operators = RaceMutationOperators.All.Where(o => options.Operators is null || options.Operators.Contains(o.Id)).ToArray();
        var mutants = RaceMutantGenerator.Generate(solutionDir, kata.Manifest.LearnerFiles, operators);
        var equivalents = EquivalentMutant.Load(solutionDir).Where(e => operators.Any(o => o.Id == e.Operator)).ToArray();
        var order = new CheckOrder(kata.Manifest.Checks.Select(c => c.Test));
        var fast = options.InProcess ? InProcessMutantChecks.For(kata, options) : null;
        var slow = new ChildProcessMutantChecks(kata, options);
        var notes = new List<string>();
        var prepared = false;
        var results = new List<MutantResult>();
        foreach (var (mutant, index) in mutants.Select((m, i) => (m, i + 1)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            options.Progress?.Invoke($"[{index}/{mutants.Count}] {mutant}");
            MutantResult result;
            if (equivalents.FirstOrDefault(e => e.Matches(mutant)) is { } equivalent)
            {
                result = new MutantResult(mutant, MutantVerdict.Equivalent, null, equivalent.Reason, TimeSpan.Zero);
            }
            else
            {
                if (!prepared && (fast is null || options.ChildProcessFallback))
                {
                    // One build with the grader projects, so each mutant's build can skip them.
                    prepared = true;
                    if (await slow.PrepareAsync(solutionDir, cancellationToken).ConfigureAwait(false) is { } error)
                    {
                        // Every mutant would look stillborn; say why instead.
                        return new RaceMutationReport(kata.Manifest.Id, kata.Manifest.Title, results, clock.Elapsed, [.. notes, $"The reference solution itself does not build, so no mutant was run: {error}"])
                        {
                            Error = error,
                        };
                    }
                }

                result = await RunOneAsync(kata, solutionDir, mutant, order, fast, slow, options, cancellationToken).ConfigureAwait(false);
                if (result is { Verdict: MutantVerdict.Killed, KilledBy: { } killer })
                {
                    order.Killed(mutant.OperatorId, killer);
                }
            }

            options.Progress?.Invoke($"    {Describe(result)}");
            results.Add(result);
        }

        var stale = equivalents.Where(e => !mutants.Any(e.Matches)).ToArray();
        notes.AddRange(stale.Select(e => $"{EquivalentMutant.FileName} lists {e.Operator} at {e.Location}, but no such mutant exists any more: update or remove the entry."));
        if (fast is not null && !options.ChildProcessFallback)
        {
            notes.Add("Only the race checks ran (in memory); the kata's other checks were not run against the mutants.");
        }

        return new RaceMutationReport(kata.Manifest.Id, kata.Manifest.Title, results, clock.Elapsed, notes) { StaleEquivalents = stale };
    }

    /// <summary>The reference solution folder of <paramref name="kata"/>: <c>solutions/&lt;kata folder&gt;</c> beside <c>katas/</c>.</summary>
    public static string SolutionFolder(KataInfo kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        var folder = Path.GetFullPath(Path.Combine(kata.Folder, "..", "..", "solutions", kata.FolderName));
        return Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException($"Kata {kata.Manifest.Id} has no reference solution at {folder}.");
    }

    /// <summary>One line about a result: the verdict, the check that killed it or the reason, and the time.</summary>
    public static string Describe(MutantResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var seconds = result.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        return result.Verdict switch
        {
            MutantVerdict.Killed => $"killed by {ShortName(result.KilledBy)} ({result.Path}, {seconds} s): {result.Detail}",
            MutantVerdict.Survived => $"SURVIVED {result.ChecksRun.Count} checks ({result.Path}, {seconds} s)",
            MutantVerdict.Stillborn => $"stillborn: {result.Detail}",
            _ => $"equivalent: {result.Detail}",
        };
    }

    /// <summary>The method name of a check's full test name.</summary>
    public static string ShortName(string? test) => test is null ? "?" : test[(test.LastIndexOf('.') + 1)..];

    private static async Task<MutantResult> RunOneAsync(
        KataInfo kata, string solutionDir, RaceMutant mutant, CheckOrder order, InProcessMutantChecks? fast, ChildProcessMutantChecks slow,
        RaceMutationOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var workspace = MutantWorkspace.Create(solutionDir, kata.Manifest.LearnerFiles, mutant);
        var checks = order.For(mutant.OperatorId);
        var ran = new List<string>();
        if (fast is not null)
        {
            var seen = fast.Run(workspace.Folder, checks);
            ran.AddRange(seen.ChecksRun);
            if (Verdict(mutant, seen, ran, clock, "in-process") is { } done)
            {
                return done;
            }

            if (!options.ChildProcessFallback)
            {
                return new MutantResult(mutant, MutantVerdict.Survived, null, null, clock.Elapsed) { Path = "in-process", ChecksRun = ran };
            }
        }

        var rest = checks.Where(c => !ran.Contains(c)).ToArray();
        var outcome = await slow.RunAsync(workspace.Folder, rest, cancellationToken).ConfigureAwait(false);
        ran.AddRange(outcome.ChecksRun);
        var path = ran.Count > outcome.ChecksRun.Count ? "in-process + dotnet test" : "dotnet test";
        return Verdict(mutant, outcome, ran, clock, path)
            ?? new MutantResult(mutant, MutantVerdict.Survived, null, null, clock.Elapsed) { Path = path, ChecksRun = ran };
    }

    private static MutantResult? Verdict(RaceMutant mutant, MutantCheckOutcome outcome, List<string> ran, Stopwatch clock, string path) =>
        outcome.Stillborn ? new MutantResult(mutant, MutantVerdict.Stillborn, null, outcome.Detail, clock.Elapsed) { Path = path }
        : outcome.KilledBy is { } killer ? new MutantResult(mutant, MutantVerdict.Killed, killer, outcome.Detail, clock.Elapsed) { Path = path, ChecksRun = ran.ToArray() }
        : null;
}
