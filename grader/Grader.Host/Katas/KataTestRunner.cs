using KitchenKatas.Grader.Isolation;

namespace KitchenKatas.Grader.Katas;

/// <summary>What to run: a kata's checks, built against one folder of learner files.</summary>
/// <param name="KataDir">The kata folder (holds the kata's .csproj and kata.json).</param>
public sealed record KataTestRequest(string KataDir)
{
    /// <summary>Folder with the learner files to grade; null means the kata's own (the starter or the learner's work).</summary>
    public string? SourceDir { get; init; }

    /// <summary>Build against the reference solution (<c>-p:KataSolution=true</c>); ignored when <see cref="SourceDir"/> is set.</summary>
    public bool Solution { get; init; }

    /// <summary>
    /// Skip rebuilding the grader projects the kata references (they must be built already). Lets several runs go at
    /// once without two builds writing the same files.
    /// </summary>
    public bool SkipProjectReferences { get; init; } = true;

    /// <summary>
    /// Builds into a folder of its own (<c>obj/slots/NAME</c> and <c>bin/slots/NAME</c> of the kata), so several runs
    /// of one kata against different learner files can build at once; null builds into the kata's usual folders.
    /// </summary>
    public string? BuildSlot { get; init; }

    /// <summary>Run the checks as they were last built (by <see cref="KataTestRunner.BuildAsync"/>) without building them again.</summary>
    public bool NoBuild { get; init; }

    /// <summary>A test filter (<c>dotnet test --filter</c>), or null for all checks.</summary>
    public string? Filter { get; init; }

    /// <summary>The <see cref="Filter"/> that runs exactly the checks named <paramref name="checks"/> (full test names).</summary>
    public static string FilterFor(IEnumerable<string> checks) =>
        string.Join('|', checks.Select(check => $"FullyQualifiedName={check}"));

    /// <summary>Stop the run at the first check that fails (NUnit's StopOnError): a mutant needs only one killer.</summary>
    public bool StopAtFirstFailure { get; init; }

    /// <summary>Extra environment for the run (stress budget, seed, replay token).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Wall-clock limit for build and tests together.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Memory, process and thread limits of the whole run (build and checks); null for none.</summary>
    public ResourceLimits? Limits { get; init; }

    /// <summary>
    /// Told, while the checks run, what they say they are doing (<see cref="CheckProgress"/>, read from the run's
    /// progress file); for a display only, never for a result. Called on one thread at a time; null follows nothing.
    /// </summary>
    public Action<CheckProgress>? Progress { get; init; }
}

/// <summary>How a kata run ended.</summary>
/// <param name="Tests">One outcome per test that the test platform reported.</param>
/// <param name="Process">The child process's exit, output and timing.</param>
public sealed record KataTestRun(IReadOnlyList<TestOutcome> Tests, ChildProcessResult Process)
{
    /// <summary>True when no test results were written: the build failed, or the run died before reporting.</summary>
    public bool NoResults => Tests.Count == 0;

    /// <summary>The outcome of the test whose full name ends with <paramref name="name"/>.</summary>
    public TestOutcome? Find(string name) =>
        Tests.FirstOrDefault(t => t.FullName.EndsWith(name, StringComparison.Ordinal));
}

/// <summary>
/// Runs a kata's NUnit checks with <c>dotnet test</c> in a child process and reads their results: the one way the
/// checks are run, whether for the learner's files, the reference solution, a wrong fix or a submission.
/// </summary>
/// <remarks>
/// The checks are built with <c>dotnet build</c> first and then run with <c>dotnet test --no-build</c>: measured on
/// a loaded 2-core machine, the two together took 9 s where <c>dotnet test</c> building by itself took 15 s.
/// </remarks>
public static class KataTestRunner
{
    // How often the progress file is read: often enough for a display that never lags a step.
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMilliseconds(250);

    /// <summary>Builds and runs the checks; never throws for what the learner's code does.</summary>
    public static async Task<KataTestRun> RunAsync(KataTestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var scratch = new ScratchFolder("kata-tmp-");
        if (!request.NoBuild)
        {
            var build = await BuildInAsync(request, scratch, cancellationToken).ConfigureAwait(false);
            if (build.ExitCode != 0)
            {
                return new KataTestRun([], build);
            }
        }

        var results = Directory.CreateTempSubdirectory("kata-run-");
        try
        {
            var trx = Path.Combine(results.FullName, "checks.trx");
            var handed = Directory.CreateDirectory(Path.Combine(results.FullName, "data")).FullName;
            var left = request.Timeout - clock.Elapsed;
            using var following = new CancellationTokenSource();
            var follow = request.Progress is { } progress
                ? ProgressTail.FollowAsync(Path.Combine(handed, CheckProgress.FileName), progress, ProgressEvery, following.Token)
                : Task.CompletedTask;
            ChildProcessResult process;
            try
            {
                process = await ChildProcessRunner.RunAsync(
                    KataCommands.Test(request, scratch, trx, handed, left > TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1)),
                    cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await following.CancelAsync().ConfigureAwait(false);
                await Followed(follow).ConfigureAwait(false);
            }

            var tests = File.Exists(trx) ? TrxReader.Read(trx).Select(t => t with { HandedData = CheckData.HandedIn(handed, t.FullName) }).ToArray() : [];
            return new KataTestRun(tests, process);
        }
        finally
        {
            try
            {
                results.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing a grade over.
            }
        }
    }

    // A display that failed must never cost a grade.
    private static async Task Followed(Task follow)
    {
        try
        {
            await follow.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // the progress is for the eye only; the run's results stand without it
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            System.Diagnostics.Trace.WriteLine($"The progress display failed: {e.Message}");
        }
    }

    /// <summary>
    /// Builds the checks against the request's learner files (and the grader projects they reference, unless
    /// <see cref="KataTestRequest.SkipProjectReferences"/>); a non-zero exit code means the build failed, and its
    /// output holds the compiler's errors.
    /// </summary>
    public static async Task<ChildProcessResult> BuildAsync(KataTestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var scratch = new ScratchFolder("kata-tmp-");
        return await BuildInAsync(request, scratch, cancellationToken).ConfigureAwait(false);
    }

    private static Task<ChildProcessResult> BuildInAsync(KataTestRequest request, ScratchFolder scratch, CancellationToken cancellationToken) =>
        ChildProcessRunner.RunAsync(KataCommands.Build(request, scratch), cancellationToken);
}
