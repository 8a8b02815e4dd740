using System.Collections.Concurrent;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;

namespace KitchenKatas.ThreadPool.Tests;

/// <summary>
/// Kata 2's checks run with <c>dotnet test</c> against one folder of learner files, each variant at most once
/// per test session: every run costs a build, so the tests about one variant share its run.
/// </summary>
internal static class KataRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<KataTestRun>>> Runs = new(StringComparer.Ordinal);

    public static string Root { get; } = FindRoot();

    public static string Kata => Path.Combine(Root, "katas", "02-thread-pool");

    // Kata 2's checks as kata.json lists them, for the full test names a filter needs.
    private static KataManifest Manifest { get; } = KataManifest.Load(Path.Combine(Kata, "kata.json"));

    /// <summary>The starter, with every check, at half the stress budget: it fails its race checks by far.</summary>
    public static Task<KataTestRun> Starter() => Run("starter", new KataTestRequest(Kata) { Environment = HalfLength });

    /// <summary>The reference solution, with every check.</summary>
    public static Task<KataTestRun> Solution() => Run("solution", new KataTestRequest(Kata) { Solution = true });

    /// <summary>
    /// A wrong fix, with only the checks its tests ask about (their method names): a check nobody asks about would
    /// only cost its time (check 3 on a pool of the shared ThreadPool's threads waits out its limits, about 7 s). Tests
    /// that ask for the same checks share one run.
    /// </summary>
    public static Task<KataTestRun> WrongFix(string name, string[] checks) =>
        Run($"{name}: {string.Join(", ", checks)}", new KataTestRequest(Kata)
        {
            SourceDir = Path.Combine(Root, "tests", "ThreadPool.Tests", "WrongFixes", name),
            Filter = KataTestRequest.FilterFor(checks.Select(TestOf)),
        });

    // The full test name of a check: a name that kata.json does not hold is a mistake in the test, said at once.
    private static string TestOf(string check) =>
        Manifest.Checks.SingleOrDefault(c => RuleMap.MethodName(c.Test) == check)?.Test
            ?? throw new ArgumentException($"kata.json of kata 2 lists no check named {check}.", nameof(check));

    private static Dictionary<string, string?> HalfLength => new() { [StressBudget.ScaleVariable] = "0.5" };

    private static Task<KataTestRun> Run(string key, KataTestRequest request) =>
        Runs.GetOrAdd(key, _ => new Lazy<Task<KataTestRun>>(() => KataTestRunner.RunAsync(request with { Timeout = TimeSpan.FromMinutes(8) }))).Value;

    private static string FindRoot() =>
        KataLocator.FindRepoRoot(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException($"No KitchenKatas.slnx above {AppContext.BaseDirectory}.");
}
