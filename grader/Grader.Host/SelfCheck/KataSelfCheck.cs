using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.SelfCheck;

/// <summary>What the self-check found about one kata: its facts and the detection rate of each check on the starter.</summary>
/// <param name="Kata">The kata.</param>
/// <param name="Facts">Every fact checked, in order.</param>
/// <param name="Detection">Detection rates on the starter, one per check the starter may fail.</param>
public sealed record KataSelfCheckResult(KataInfo Kata, IReadOnlyList<SelfCheckFact> Facts, IReadOnlyList<DetectionRate> Detection);

/// <summary>
/// The self-check of one kata after its layout: the checks run once with <c>dotnet test</c> against the starter
/// and against the reference solution, then the starter's checks again in process, <c>runs</c> times in all, for
/// their detection rates; then any <see cref="IPowerProbe"/>.
/// </summary>
public static class KataSelfCheck
{
    /// <summary>Runs the self-check of <paramref name="kata"/>; <paramref name="progress"/> hears what it is doing.</summary>
    public static async Task<KataSelfCheckResult> RunAsync(
        string repoRoot, KataInfo kata, int runs, IReadOnlyList<IPowerProbe> probes, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(probes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(runs);
        progress ??= _ => { };
        var name = kata.FolderName;
        var facts = new List<SelfCheckFact>();
        progress($"{name}: dotnet test against the starter");
        // Built into a slot of its own, so the repeated runs run this very build, whatever else builds the kata meanwhile.
        var starterChecks = new KataTestRequest(kata.Folder) { SkipProjectReferences = false, BuildSlot = "self-check", Timeout = TimeSpan.FromMinutes(15) };
        var starter = await KataTestRunner.RunAsync(starterChecks, cancellationToken).ConfigureAwait(false);
        facts.AddRange(RunFacts.Starter(kata, starter));
        var detection = starter.NoResults
            ? []
            : await DetectAsync(kata, starter, starterChecks with { NoBuild = true, Timeout = RepeatedChecks.RunTimeout }, runs, progress, cancellationToken).ConfigureAwait(false);
        facts.AddRange(detection.Select(d => d.ToFact(name)));

        progress($"{name}: dotnet test against the reference solution");
        // The starter's run has just built the grader projects the kata references; building them again costs time only.
        var solution = await KataTestRunner.RunAsync(
            new KataTestRequest(kata.Folder) { Solution = true, SkipProjectReferences = !starter.NoResults, Timeout = TimeSpan.FromMinutes(15) },
            cancellationToken).ConfigureAwait(false);
        facts.AddRange(RunFacts.Solution(kata, solution));

        foreach (var probe in probes)
        {
            progress($"{name}: {probe.Name}");
            facts.AddRange(await probe.ProbeAsync(repoRoot, kata, cancellationToken).ConfigureAwait(false));
        }

        return new KataSelfCheckResult(kata, facts, detection);
    }

    // Run 1 is the dotnet test run; runs 2..n run its build again, a fresh test host each.
    private static async Task<IReadOnlyList<DetectionRate>> DetectAsync(
        KataInfo kata, KataTestRun starter, KataTestRequest starterBuild, int runs, Action<string> progress, CancellationToken cancellationToken)
    {
        var watched = kata.Manifest.Checks.Select((c, i) => (Number: i + 1, Check: c)).Where(c => c.Check.Starter != StarterVerdict.Passes).ToArray();
        IReadOnlyList<CheckTally> tallies = watched.Select(c => new CheckTally(c.Check.Test)).ToArray();
        if (runs > 1)
        {
            progress($"{kata.FolderName}: {runs - 1} more run(s) of {watched.Length} check(s) against the starter");
            tallies = await RepeatedChecks.RunAsync(starterBuild, watched.Select(c => c.Check.Test).ToArray(), runs - 1,
                (run, _) => progress($"{kata.FolderName}: run {run + 1}/{runs} done"), cancellationToken).ConfigureAwait(false);
        }

        return watched.Zip(tallies, (c, tally) =>
        {
            var first = starter.Tests.FirstOrDefault(t => string.Equals(t.FullName, c.Check.Test, StringComparison.Ordinal));
            var caughtFirst = first is { Passed: false } ? 1 : 0;
            var slowest = new[] { tally.Slowest, first?.Duration ?? TimeSpan.Zero }.Max();
            return new DetectionRate(c.Number, c.Check, tally.Runs.Count + 1, tally.Failed + caughtFirst, slowest);
        }).ToArray();
    }
}
