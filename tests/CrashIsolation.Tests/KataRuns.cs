using System.Collections.Concurrent;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.CrashIsolation.Tests;

/// <summary>
/// Runs the real checks of kata 3 end to end (<c>dotnet test</c> of the kata, built against one folder of learner
/// files) once per folder, and remembers the result: each run costs a build.
/// </summary>
internal static class KataRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<KataTestRun>> Runs = new();

    public static string Root { get; } = FindRoot();

    public static string Kata => Path.Combine(Root, "katas", "03-crash-isolation");

    public static KataManifest Manifest { get; } = KataManifest.Load(Path.Combine(Kata, "kata.json"));

    /// <summary>The checks against the kata's own Supervisor.cs: the starter.</summary>
    public static KataTestRun Starter => Of(Kata);

    /// <summary>The checks against solutions/03-crash-isolation.</summary>
    public static KataTestRun Solution => Of(Path.Combine(Root, "solutions", "03-crash-isolation"));

    /// <summary>The checks against tests/CrashIsolation.Tests/WrongFixes/<paramref name="name"/>.</summary>
    public static KataTestRun WrongFix(string name) => Of(Path.Combine(Root, "tests", "CrashIsolation.Tests", "WrongFixes", name));

    /// <summary>Check <paramref name="number"/> (from 1, as in kata.json) in <paramref name="run"/>; fails the test when it is missing.</summary>
    public static TestOutcome Check(this KataTestRun run, int number)
    {
        var name = Manifest.Checks[number - 1].Test;
        var outcome = run.Tests.FirstOrDefault(t => t.FullName == name);
        Assert.That(outcome, Is.Not.Null, $"Check {number} ({name}) did not run.\n{Describe(run)}");
        return outcome!;
    }

    /// <summary>What a run printed, for a failure message.</summary>
    public static string Describe(KataTestRun run) =>
        $"{run.Process.Describe()}\n{Tail(run.Process.StandardOutput)}\n{Tail(run.Process.StandardError)}";

    private static KataTestRun Of(string sourceDir) =>
        Runs.GetOrAdd(Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceDir)), dir => new Lazy<KataTestRun>(() => KataTestRunner.RunAsync(new KataTestRequest(Kata)
        {
            // The kata's own folder is its default source; any other folder is passed as KataSourceDir, with its
            // trailing slash: a property given on the command line is not rewritten by the kata's props, and the
            // kata compiles $(KataSourceDir)*.cs.
            SourceDir = dir == Path.GetFullPath(Kata) ? null : dir + Path.DirectorySeparatorChar,
            Timeout = TimeSpan.FromMinutes(10),
        }).GetAwaiter().GetResult())).Value;

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];

    private static string FindRoot() =>
        KataLocator.FindRepoRoot(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("KitchenKatas.slnx was not found above " + AppContext.BaseDirectory);
}
