using System.Collections.Concurrent;
using System.Reflection;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.CrashIsolation.Tests;

/// <summary>
/// Runs the real checks of kata 3 end to end (<c>dotnet test</c> of the kata, built against one folder of learner
/// files) once per folder, and remembers the result: each run costs a build. A wrong fix runs only the checks
/// <see cref="WrongFixTests"/> asks about.
/// </summary>
/// <remarks>
/// Kata 3's runs mostly wait: on hung tabs, on timeouts, on crashed tabs' restarts (a wrong fix's two-minute run used
/// about 9 s of CPU). So the first fixture that reads them starts them all (<see cref="StartAll"/>), two at a time,
/// each built into a build slot of its own; more at once would crowd the tabs whose timing the checks judge.
/// </remarks>
internal static class KataRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<KataTestRun>> Runs = new();

    private static readonly SemaphoreSlim AtOnce = new(2);

    private static readonly ConcurrentBag<Task> Started = [];

    private static int _startedAll;

    public static string Root { get; } = FindRoot();

    public static string Kata => Path.Combine(Root, "katas", "03-crash-isolation");

    public static KataManifest Manifest { get; } = KataManifest.Load(Path.Combine(Kata, "kata.json"));

    /// <summary>The checks against the kata's own Supervisor.cs: the starter.</summary>
    public static KataTestRun Starter => Of(Kata);

    /// <summary>The checks against solutions/03-crash-isolation.</summary>
    public static KataTestRun Solution => Of(Path.Combine(Root, "solutions", "03-crash-isolation"));

    /// <summary>The checks <see cref="WrongFixTests"/> asks about, against tests/CrashIsolation.Tests/WrongFixes/<paramref name="name"/>.</summary>
    public static KataTestRun WrongFix(string name) => Of(WrongFixFolder(name));

    /// <summary>Starts every run in the background, once; the tests then wait for the one they read.</summary>
    public static void StartAll()
    {
        if (Interlocked.Exchange(ref _startedAll, 1) == 1)
        {
            return;
        }

        foreach (var folder in new[] { Kata, Path.Combine(Root, "solutions", "03-crash-isolation") }.Concat(WrongFixesAsked().Keys.Select(WrongFixFolder)))
        {
            Started.Add(Task.Run(() => Of(folder)));
        }
    }

    /// <summary>Waits until no run started by <see cref="StartAll"/> is still going (their outcomes are read later).</summary>
    public static void WaitForAll()
    {
        try
        {
            Task.WaitAll([.. Started]);
        }
        catch (AggregateException)
        {
            // A run that failed fails the tests that read it, with its own message.
        }
    }

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
        Runs.GetOrAdd(Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceDir)), dir => new Lazy<KataTestRun>(() => Run(dir))).Value;

    private static KataTestRun Run(string dir)
    {
        var isWrongFix = Path.GetFileName(Path.GetDirectoryName(dir)) == "WrongFixes";
        var name = isWrongFix ? Path.GetFileName(dir) : dir == Path.GetFullPath(Kata) ? "starter" : "solution";
        var asked = isWrongFix && WrongFixesAsked().TryGetValue(name, out var checks) ? checks : null;
        AtOnce.Wait();
        try
        {
            return KataTestRunner.RunAsync(new KataTestRequest(Kata)
            {
                // The kata's own folder is its default source; any other folder is passed as KataSourceDir, with its
                // trailing slash: a property given on the command line is not rewritten by the kata's props, and the
                // kata compiles $(KataSourceDir)*.cs.
                SourceDir = dir == Path.GetFullPath(Kata) ? null : dir + Path.DirectorySeparatorChar,
                BuildSlot = "tests-" + name,
                Filter = asked is null ? null : KataTestRequest.FilterFor(asked.Select(n => Manifest.Checks[n - 1].Test)),
                Timeout = TimeSpan.FromMinutes(10),
            }).GetAwaiter().GetResult();
        }
        finally
        {
            AtOnce.Release();
        }
    }

    private static string WrongFixFolder(string name) => Path.Combine(Root, "tests", "CrashIsolation.Tests", "WrongFixes", name);

    // Each wrong fix and the checks WrongFixTests asks about it, read from its test cases (wrong fix, check, ...).
    private static Dictionary<string, int[]> WrongFixesAsked() =>
        typeof(WrongFixTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes<TestCaseAttribute>())
            .GroupBy(c => (string)c.Arguments[0]!, c => (int)c.Arguments[1]!)
            .ToDictionary(g => g.Key, g => g.Distinct().Order().ToArray());

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];

    private static string FindRoot() =>
        KataLocator.FindRepoRoot(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("KitchenKatas.slnx was not found above " + AppContext.BaseDirectory);
}
