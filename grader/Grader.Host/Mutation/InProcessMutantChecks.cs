using System.Globalization;
using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Stress;

namespace KitchenKatas.Grader.Mutation;

/// <summary>
/// The fast path: a kata's race checks run as the checks run them (explorer, then real cores, then noise), but in
/// memory, against a mutant compiled with Roslyn: no <c>dotnet build</c>, no test host. Only for checks that are race
/// scenarios; the others are left to <see cref="ChildProcessMutantChecks"/>.
/// </summary>
/// <remarks>
/// The mutants are the reference solution with one planted race, not untrusted code; a mutant that hangs a chef is
/// caught by the stress runner's hang watchdog like any check's.
/// </remarks>
public sealed class InProcessMutantChecks
{
    private readonly KataInfo _kata;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _scenariosOf;
    private readonly StressOptions? _stress;
    private readonly Exploration.ExplorerOptions? _explorer;

    private InProcessMutantChecks(KataInfo kata, IReadOnlyDictionary<string, IReadOnlyList<string>> scenariosOf, RaceMutationOptions options)
    {
        _kata = kata;
        _scenariosOf = scenariosOf;
        var scale = options.BudgetScale.ToString(CultureInfo.InvariantCulture);
        string? Environment(string name) => name == StressBudget.ScaleVariable ? scale : System.Environment.GetEnvironmentVariable(name);
        _stress = options.StressInProcess ? StressBudget.Resolve(kata.Manifest.Stress, Environment) : null;
        _explorer = options.Explorer ?? ExplorerBudget.Resolve(Environment, kata.Manifest.Explorer);
    }

    /// <summary>The checks this path can run (full test names).</summary>
    public IReadOnlyCollection<string> Checks => _scenariosOf.Keys.ToArray();

    /// <summary>The fast path for <paramref name="kata"/>, or null when none of its checks is a race scenario.</summary>
    public static InProcessMutantChecks? For(KataInfo kata, RaceMutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(options);
        var listed = kata.Manifest.Checks.Select(c => c.Test).ToHashSet(StringComparer.Ordinal);
        var map = ScenarioCheckMap.Read(kata.Folder).Where(p => listed.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return map.Count == 0 ? null : new InProcessMutantChecks(kata, map, options);
    }

    /// <summary>
    /// Runs the race checks among <paramref name="order"/>, in that order, against the learner files in
    /// <paramref name="sourceDir"/>, and stops at the first that fails.
    /// </summary>
    public MutantCheckOutcome Run(string sourceDir, IReadOnlyList<string> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        ScenarioCatalog catalog;
        try
        {
            catalog = ScenarioCatalog.Load(_kata.Folder, sourceDir);
        }
        catch (BuildFailedException e)
        {
            return new MutantCheckOutcome(null, [], e.Errors.FirstOrDefault() ?? e.Message, Stillborn: true);
        }

        using (catalog)
        {
            var checks = order.Where(_scenariosOf.ContainsKey).ToArray();

            // The explorer first, for every check: it is quick and most planted races fall to it, so no mutant pays for
            // the stress phases of checks that do not kill it before the one that does.
            if (_explorer is not null)
            {
                foreach (var (check, index) in checks.Select((c, i) => (c, i)))
                {
                    foreach (var name in _scenariosOf[check])
                    {
                        var explored = Exploration.ExplorationBuild.Explore(catalog.Scenarios[name], catalog.LearnerFiles, _explorer);
                        if (explored.Verdict == Exploration.ExplorationVerdict.FailureFound)
                        {
                            return new MutantCheckOutcome(check, checks[..(index + 1)], string.Create(CultureInfo.InvariantCulture, $"{name}: the explorer found a failing schedule (schedule {explored.SchedulesExplored}, replay {explored.Interleaving?.ReplayToken}): {explored.Interleaving?.Found}"), Stillborn: false);
                        }
                    }
                }
            }

            if (_stress is null)
            {
                return new MutantCheckOutcome(null, _explorer is null ? [] : checks, null, Stillborn: false);
            }

            var ran = new List<string>();
            foreach (var check in checks)
            {
                ran.Add(check);
                foreach (var name in _scenariosOf[check])
                {
                    var result = RaceCheck.Run(catalog.Scenarios[name], catalog.LearnerFiles, _stress, explorer: null);
                    if (!result.Passed)
                    {
                        return new MutantCheckOutcome(check, ran, Why(name, result), Stillborn: false);
                    }
                }
            }

            return new MutantCheckOutcome(null, ran, null, Stillborn: false);
        }
    }

    private static string Why(string scenario, RaceCheckResult result) =>
        result.Failure is { } failure ? $"{scenario}: {StressReport.Headline(failure)}" : $"{scenario} failed";
}
