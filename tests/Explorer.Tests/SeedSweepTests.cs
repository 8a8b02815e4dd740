using System.Globalization;
using System.Reflection;
using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Stress;

namespace KitchenKatas.Explorer.Tests;

/// <summary>
/// Correct code never fails, whatever PCT's seed: every fixed twin of the classic corpus and every correct variant of
/// katas 1 and 2 in tests/, explored under 1,000 seeds each. Only PCT depends on the seed, so each seed runs PCT alone
/// (one bounded schedule, then <see cref="PctPerSeed"/> PCT schedules). Prints one line per program for
/// docs/measurements.md.
/// </summary>
[TestFixture]
[Category("Slow")]
public sealed class SeedSweepTests
{
    private const int Seeds = 1_000;
    private const int PctPerSeed = 4;

    private static IEnumerable<TestCaseData> Programs()
    {
        foreach (var classic in ClassicCorpusTests.Cases)
        {
            var dir = RepoPaths.Fixture(Path.Combine("Classic", classic.Name));
            yield return new TestCaseData($"classic/{classic.Name}", new[] { Path.Combine(dir, "Kitchen.cs") }, Path.Combine(dir, "KitchenScenarios.cs"), "FixedKitchen");
        }

        var cartScenarios = Path.Combine(RepoPaths.Root, "katas", "01-racy-cart", "Checks", "CartScenarios.cs");
        foreach (var variant in Directory.GetDirectories(Path.Combine(RepoPaths.Root, "tests", "Explorer.Tests", "CorrectVariants")).Order(StringComparer.Ordinal))
        {
            yield return new TestCaseData($"cart/{Path.GetFileName(variant)}", new[] { Path.Combine(variant, "Cart.cs") }, cartScenarios, null);
        }

        var poolScenarios = Path.Combine(RepoPaths.Root, "katas", "02-thread-pool", "Checks", "PoolScenarios.cs");
        var pools = Directory.GetDirectories(Path.Combine(RepoPaths.Root, "tests", "ThreadPool.Tests", "CorrectVariants")).Order(StringComparer.Ordinal)
            .Prepend(Path.Combine(RepoPaths.Root, "solutions", "02-thread-pool"));
        foreach (var variant in pools)
        {
            yield return new TestCaseData($"pool/{Path.GetFileName(variant)}", new[] { Path.Combine(variant, "WorkerPool.cs"), Path.Combine(variant, "PoolSizer.cs") }, poolScenarios, null);
        }
    }

    [TestCaseSource(nameof(Programs))]
    public void Correct_code_explores_clean_under_every_seed(string name, string[] sources, string scenarios, string? only)
    {
        using var build = InMemoryBuild.Compile([.. sources, scenarios], null, null, false);
        using var cache = new BuildCache();
        var declared = build.Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => typeof(IStressScenario).IsAssignableFrom(p.PropertyType) && (only is null || p.Name == only))
            .Select(p => (IStressScenario)p.GetValue(null)!)
            .ToArray();
        var failures = new List<string>();
        var (pct, unmodelled) = (0, 0);
        foreach (var scenario in declared)
        {
            for (var seed = 1; seed <= Seeds && failures.Count == 0; seed++)
            {
                var options = new ExplorerOptions { Seed = seed, MaxSchedules = 1 + PctPerSeed, PctShare = 1 };
                var result = ExplorationBuild.Explore(scenario, sources, options, cache);
                pct += result.PctSchedules;
                if (result.Verdict == ExplorationVerdict.CannotModel)
                {
                    unmodelled++;
                    break; // refused before any schedule ran (a BlockingCollection, a Channel): no seed changes that
                }

                if (result.Verdict == ExplorationVerdict.FailureFound)
                {
                    failures.Add($"{scenario.DeclaringMember}, seed {seed}: {result.Interleaving}");
                }
            }
        }

        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeds | {name} | {declared.Length} scenario(s) | {Seeds} seeds each | {pct} PCT schedules | {unmodelled} scenario(s) cannot be modelled | {failures.Count} failures"));
        Assert.That(failures, Is.Empty);
    }
}
