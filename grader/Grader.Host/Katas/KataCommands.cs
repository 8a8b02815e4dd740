using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// The one place a kata's <c>dotnet build</c> and <c>dotnet test</c> lines are made: which learner files (a folder,
/// the solution switch or the kata's own), which build folder, whether the shared grader projects are built already,
/// the filter, the environment, the scratch TMPDIR, the limits and the sandbox. Every path that builds or runs a kata's
/// checks (grade, class, kata check, mutants, self-check, soak, bench, tests) gets its child process from here, through
/// <see cref="KataTestRunner"/> and <see cref="KataPrebuild"/>, so the build and the run always agree on the files.
/// </summary>
internal static class KataCommands
{
    /// <summary>Where a build into <paramref name="slot"/> puts its output (<c>bin/slots/NAME</c>, katas/Directory.Build.props).</summary>
    public static string SlotOutput(string kataDir, string slot) => Path.Combine(kataDir, "bin", "slots", slot);

    /// <summary><c>dotnet build</c> of the request's kata against its learner files.</summary>
    public static ChildProcessRequest Build(KataTestRequest request, ScratchFolder scratch)
    {
        var arguments = new List<string> { "build", request.KataDir, "--nologo" };
        arguments.AddRange(LearnerFiles(request));
        if (request.SkipProjectReferences)
        {
            // Built and restored already: only the kata's own project is looked at, so runs can build side by side.
            arguments.Add("-p:BuildProjectReferences=false");
            arguments.Add("-p:RestoreRecursive=false");
        }

        return new ChildProcessRequest(DotnetHost.Path, arguments)
        {
            WorkingDirectory = request.KataDir,
            Timeout = request.Timeout,
            Environment = scratch.Into(DotnetHost.QuietEnvironment(request.Environment)),
            Limits = request.Limits,
        };
    }

    /// <summary>
    /// <c>dotnet test --no-build</c> of what <see cref="Build"/> built, writing its results to <paramref name="trx"/>
    /// and handing the checks <paramref name="handed"/> for what they tell the grader (progress, evidence).
    /// </summary>
    public static ChildProcessRequest Test(KataTestRequest request, ScratchFolder scratch, string trx, string handed, TimeSpan timeout)
    {
        var arguments = new List<string> { "test", request.KataDir, "--no-build", "--logger", $"trx;LogFileName={trx}", "--nologo" };
        arguments.AddRange(LearnerFiles(request));
        if (request.Filter is not null)
        {
            arguments.Add("--filter");
            arguments.Add(request.Filter);
        }

        if (request.StopAtFirstFailure)
        {
            // A run setting, so it goes last, after the separator.
            arguments.AddRange(["--", "NUnit.StopOnError=true"]);
        }

        return new ChildProcessRequest(DotnetHost.Path, arguments)
        {
            WorkingDirectory = request.KataDir,
            Timeout = timeout,
            Environment = scratch.Into(DotnetHost.QuietEnvironment(new Dictionary<string, string?>(request.Environment)
            {
                [CheckData.FolderVariable] = handed,
            })),
            Limits = request.Limits,

            // The learner's code runs here (the build before compiled it and ran none of it): it sees the repository
            // and its own learner files read-only (the explorer reads them to name the lines), and writes only its
            // scratch folder and its results (the progress file among them).
            Sandbox = new Platforms.SandboxRoom(
                [RepositoryOf(request.KataDir), .. request.SourceDir is { } source ? [Path.GetFullPath(source)] : Array.Empty<string>()],
                [scratch.Path, Path.GetDirectoryName(trx)!]),

            // No stack reading here: ClrMD reads the hung run from inside this process, and a run that dies mid-read
            // made it throw where nothing can catch it, taking the grader down with it.
            CaptureStacksOnTimeout = false,
        };
    }

    /// <summary>
    /// <c>dotnet build</c> of several katas at once through <paramref name="solutionFilter"/> (a .slnf over the
    /// repository's solution), each against the learner files in its own folder.
    /// </summary>
    public static ChildProcessRequest BuildMany(string repoRoot, string solutionFilter, ScratchFolder scratch, TimeSpan timeout, ResourceLimits? limits) =>
        new(DotnetHost.Path, ["build", solutionFilter, "--nologo"])
        {
            WorkingDirectory = repoRoot,
            Timeout = timeout,
            Environment = scratch.Into(DotnetHost.QuietEnvironment()),
            Limits = limits,
        };

    // The repository the kata's checks were built in: its build files and every assembly the checks load. A kata
    // folder outside a repository (a test's copy, say) is its own.
    private static string RepositoryOf(string kataDir) =>
        KataLocator.FindRepoRoot(kataDir) ?? Path.GetFullPath(kataDir);

    // The properties that pick the learner files and the build folders: the build and the test run must agree on them.
    private static IEnumerable<string> LearnerFiles(KataTestRequest request)
    {
        if (request.SourceDir is not null)
        {
            // The kata's build adds the trailing separator itself (KataSources in katas/Directory.Build.props).
            yield return $"-p:KataSourceDir={Path.GetFullPath(request.SourceDir)}";
        }
        else if (request.Solution)
        {
            yield return "-p:KataSolution=true";
        }

        if (request.BuildSlot is not null)
        {
            yield return $"-p:KataBuildSlot={request.BuildSlot}";
        }
    }
}
