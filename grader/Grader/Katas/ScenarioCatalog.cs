using System.Reflection;
using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Stress;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// A kata's race scenarios built in memory against one folder of learner files, so the same scenarios can be run
/// against a starter, a reference solution, a wrong fix or a submission without a <c>dotnet test</c> per run.
/// Scenario files are <c>Checks/*Scenarios.cs</c>; they use only the learner's types and the grader.
/// </summary>
public sealed class ScenarioCatalog : IDisposable
{
    private readonly InMemoryBuild _build;
    private readonly BuildCache _rebuilds = new();

    private ScenarioCatalog(InMemoryBuild build, IReadOnlyList<string> learnerFiles, IReadOnlyDictionary<string, IStressScenario> scenarios)
    {
        _build = build;
        LearnerFiles = learnerFiles;
        Scenarios = scenarios;
    }

    /// <summary>The learner files the scenarios were built against.</summary>
    public IReadOnlyList<string> LearnerFiles { get; }

    /// <summary>Scenarios by the name of the member that declares them (e.g. <c>SameItemAdds</c>).</summary>
    public IReadOnlyDictionary<string, IStressScenario> Scenarios { get; }

    /// <summary>
    /// The files that declare the race scenarios of the kata in <paramref name="kataDir"/>: <c>Checks/*Scenarios.cs</c>,
    /// not its subfolders (kata 3's harness evenings in <c>Checks/Harness/</c> are scenarios of another kind). Full paths.
    /// </summary>
    public static IReadOnlyList<string> ScenarioFiles(string kataDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(kataDir);
        var checks = Path.Combine(kataDir, "Checks");
        return Directory.Exists(checks) ? Directory.GetFiles(checks, "*Scenarios.cs").Select(Path.GetFullPath).ToArray() : [];
    }

    /// <summary>Builds the scenarios of the kata in <paramref name="kataDir"/> against the learner files in <paramref name="sourceDir"/>.</summary>
    /// <exception cref="BuildFailedException">The learner files do not compile.</exception>
    public static ScenarioCatalog Load(string kataDir, string sourceDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(kataDir);
        ArgumentException.ThrowIfNullOrEmpty(sourceDir);
        var manifest = KataManifest.Load(Path.Combine(kataDir, "kata.json"));
        var learner = manifest.LearnerFiles.Select(f => Path.GetFullPath(Path.Combine(sourceDir, f))).ToArray();
        var build = InMemoryBuild.Compile(learner.Concat(ScenarioFiles(kataDir)));
        const BindingFlags Static = BindingFlags.Public | BindingFlags.Static;
        var scenarios = build.Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(Static))
            .Where(p => typeof(IStressScenario).IsAssignableFrom(p.PropertyType))
            .ToDictionary(p => p.Name, p => (IStressScenario)p.GetValue(null)!, StringComparer.Ordinal);
        return new ScenarioCatalog(build, learner, scenarios);
    }

    /// <summary>Rebuilt copies (noisy, instrumented) of these learner files, shared by the catalog's scenarios, unloaded with it.</summary>
    public BuildCache Rebuilds => _rebuilds;

    /// <summary>Runs one scenario as a kata check does (real cores, then with noise).</summary>
    public RaceCheckResult Check(string scenario, StressOptions options)
    {
        if (!Scenarios.TryGetValue(scenario, out var found))
        {
            throw new ArgumentException($"No scenario named '{scenario}'; known: {string.Join(", ", Scenarios.Keys)}.", nameof(scenario));
        }

        return RaceCheck.Run(found, LearnerFiles, options, explorer: null, _rebuilds);
    }

    /// <summary>Unloads the in-memory build and every copy rebuilt from it.</summary>
    public void Dispose()
    {
        _rebuilds.Dispose();
        _build.Dispose();
    }
}
