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

    /// <summary>A test filter (<c>dotnet test --filter</c>), or null for all checks.</summary>
    public string? Filter { get; init; }

    /// <summary>Extra environment for the run (stress budget, seed, replay token).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Wall-clock limit for build and tests together.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Memory, process and thread limits of the whole run (build and checks); null for none.</summary>
    public ResourceLimits? Limits { get; init; }
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
public static class KataTestRunner
{
    /// <summary>Builds and runs the checks; never throws for what the learner's code does.</summary>
    public static async Task<KataTestRun> RunAsync(KataTestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var results = Directory.CreateTempSubdirectory("kata-run-");
        try
        {
            var trx = Path.Combine(results.FullName, "checks.trx");
            var arguments = new List<string> { "test", request.KataDir, "--logger", $"trx;LogFileName={trx}", "--nologo" };
            if (request.SourceDir is not null)
            {
                arguments.Add($"-p:KataSourceDir={Path.GetFullPath(request.SourceDir)}");
            }
            else if (request.Solution)
            {
                arguments.Add("-p:KataSolution=true");
            }

            if (request.SkipProjectReferences)
            {
                arguments.Add("-p:BuildProjectReferences=false");
            }

            if (request.Filter is not null)
            {
                arguments.Add("--filter");
                arguments.Add(request.Filter);
            }

            var environment = DotnetHost.QuietEnvironment(request.Environment);
            var process = await ChildProcessRunner.RunAsync(
                new ChildProcessRequest("dotnet", arguments)
                {
                    WorkingDirectory = request.KataDir,
                    Timeout = request.Timeout,
                    Environment = environment,
                    Limits = request.Limits,

                    // No stack reading here: ClrMD reads the hung run from inside this process, and a run that dies
                    // mid-read made it throw where nothing can catch it, taking the grader down with it.
                    CaptureStacksOnTimeout = false,
                },
                cancellationToken).ConfigureAwait(false);
            var tests = File.Exists(trx) ? TrxReader.Read(trx) : [];
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
}
