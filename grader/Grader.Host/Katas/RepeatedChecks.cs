using System.Globalization;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// Runs chosen checks of one kata again and again against one folder of learner files, and tallies every run: the
/// false-positive soak and <c>kitchen dev check --runs</c>. The checks are built once, into a build slot of their own
/// (another build of the kata cannot swap them), and each run is a <c>dotnet test --no-build</c> of that build: a
/// fresh test host, exactly as a learner's run, and nothing left behind in this process between runs.
/// </summary>
/// <remarks>
/// Runs used to call the checks by reflection in this process, each in a fresh load of the checks. That grew by 80 to
/// 95 MB a run (a soak reached 2 GB after 18 runs), and unloading the loads crashed the process; a test host per run
/// costs a few seconds more and keeps the grader flat (docs/measurements.md, "Memory of a long soak").
/// </remarks>
public static class RepeatedChecks
{
    /// <summary>Wall-clock limit of one run of the chosen checks, past which its checks count as failed.</summary>
    public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Builds the checks of <paramref name="kataDir"/> against <paramref name="sourceDir"/> (null: the kata's own files)
    /// into the build slot <paramref name="slot"/>, and gives back the request that runs that build again and again.
    /// </summary>
    /// <param name="kataDir">The kata folder.</param>
    /// <param name="sourceDir">The learner files; null for the kata folder's own.</param>
    /// <param name="slot">A build slot nothing else builds into while the runs go on (e.g. <c>soak-solution</c>).</param>
    /// <param name="environment">Extra environment of every run (a stress scale, say).</param>
    /// <param name="cancellationToken">Stops the build.</param>
    /// <exception cref="InvalidOperationException">The build failed; the message holds its output.</exception>
    public static async Task<KataTestRequest> BuildAsync(
        string kataDir, string? sourceDir, string slot, IReadOnlyDictionary<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(kataDir);
        ArgumentException.ThrowIfNullOrEmpty(slot);
        var request = new KataTestRequest(kataDir)
        {
            SourceDir = sourceDir is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceDir)) + Path.DirectorySeparatorChar,
            BuildSlot = slot,
            SkipProjectReferences = false,
            Environment = environment ?? new Dictionary<string, string?>(),
            Timeout = RunTimeout,
        };
        var build = await KataTestRunner.BuildAsync(request, cancellationToken).ConfigureAwait(false);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"Building {kataDir} against {sourceDir ?? "its own files"} failed ({build.Describe()}):\n{build.StandardOutput}");
        }

        return request with { NoBuild = true };
    }

    /// <summary>The request that runs again what <see cref="BuildAsync"/> last built into <paramref name="slot"/>, without building.</summary>
    /// <exception cref="InvalidOperationException">Nothing was built into that slot yet: every run would fail.</exception>
    public static KataTestRequest LastBuild(string kataDir, string slot)
    {
        ArgumentException.ThrowIfNullOrEmpty(kataDir);
        ArgumentException.ThrowIfNullOrEmpty(slot);
        return Directory.Exists(KataCommands.SlotOutput(kataDir, slot))
            ? new KataTestRequest(kataDir) { BuildSlot = slot, NoBuild = true, Timeout = RunTimeout }
            : throw new InvalidOperationException($"Nothing is built in {kataDir}'s build slot {slot} yet: build it once first.");
    }

    /// <summary>
    /// Runs each of <paramref name="tests"/> <paramref name="runs"/> times from the build of <paramref name="built"/>
    /// (<see cref="BuildAsync"/>), every check once per run; <paramref name="afterRun"/> is told each finished run number.
    /// </summary>
    public static async Task<IReadOnlyList<CheckTally>> RunAsync(
        KataTestRequest built, IReadOnlyList<string> tests, int runs, Action<int, IReadOnlyList<CheckTally>>? afterRun = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(built);
        ArgumentNullException.ThrowIfNull(tests);
        var tallies = tests.Select(t => new CheckTally(t)).ToArray();
        for (var run = 1; run <= runs && !cancellationToken.IsCancellationRequested; run++)
        {
            await RunOnceAsync(built, tallies, cancellationToken).ConfigureAwait(false);
            afterRun?.Invoke(run, tallies);
        }

        return tallies;
    }

    /// <summary>One run of every check in <paramref name="tallies"/>, in a fresh test host, added to its tally.</summary>
    public static async Task RunOnceAsync(KataTestRequest built, IReadOnlyList<CheckTally> tallies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(built);
        ArgumentNullException.ThrowIfNull(tallies);
        var run = await KataTestRunner.RunAsync(
            built with { NoBuild = true, Filter = KataTestRequest.FilterFor(tallies.Select(t => t.Test)) },
            cancellationToken).ConfigureAwait(false);
        foreach (var tally in tallies)
        {
            tally.Add(RunOf(run, tally.Test));
        }
    }

    // A check's run as its tally counts it: passed, not judged (its message starts so), or failed with its message; a
    // check the run never reported failed with what the run said.
    private static CheckRun RunOf(KataTestRun run, string test)
    {
        if (run.Tests.FirstOrDefault(t => string.Equals(t.FullName, test, StringComparison.Ordinal)) is not { } outcome)
        {
            return new CheckRun(false, run.Process.Elapsed, string.Create(CultureInfo.InvariantCulture, $"The check did not report ({run.Process.Describe()})."));
        }

        return outcome.Passed
            ? new CheckRun(true, outcome.Duration, null)
            : new CheckRun(false, outcome.Duration, NotJudged.Of(outcome) ?? $"{outcome.Message}".Trim());
    }
}
