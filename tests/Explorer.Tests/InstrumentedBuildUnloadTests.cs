using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Explorer.Tests;

/// <summary>Instrumented builds live in collectible load contexts: once used, they leave the process.</summary>
[TestFixture]
public sealed class InstrumentedBuildUnloadTests
{
    // Unloading finishes on a later garbage collection; a context still alive after this many is held by someone.
    private const int MostCollections = 40;

    [Test]
    public void An_instrumented_build_is_collected_once_its_scenario_was_explored_and_disposed()
    {
        var context = ExploreThenDispose(cache: null);
        Assert.That(Collected(context), Is.True, "the instrumented build's load context is still alive after exploring and disposing it");
    }

    [Test]
    public void A_build_cache_keeps_its_builds_until_it_is_disposed_and_then_they_are_collected()
    {
        using var cache = new BuildCache();
        var context = ExploreThenDispose(cache);
        Assert.Multiple(() =>
        {
            Assert.That(cache.Count, Is.EqualTo(1), "one instrumented build, kept for the rest of the run");
            Assert.That(Collected(context, collections: 3), Is.False, "the cache still holds the build");
        });

        cache.Dispose();
        Assert.That(Collected(context), Is.True, "disposing the cache unloads its builds");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ExploreThenDispose(BuildCache? cache)
    {
        using var catalog = ScenarioCatalog.Load(RepoPaths.RacyCartKata, RepoPaths.RacyCartSolution);
        using var instrumented = ExplorationBuild.Instrumented(catalog.Scenarios["SameItemAdds"], catalog.LearnerFiles, cache);
        var result = ScheduleExplorer.Explore(instrumented.Scenario, RacyCartKitchens.Options);
        Assert.That(result.Verdict, Is.EqualTo(ExplorationVerdict.NoFailureFound), "the reference solution explores clean");
        var context = AssemblyLoadContext.GetLoadContext(instrumented.Assembly)!;
        Assert.That(context.IsCollectible, Is.True);
        return new WeakReference(context);
    }

    private static bool Collected(WeakReference context, int collections = MostCollections)
    {
        // The chefs' threads leave a moment after the exploration ends; give them that moment between collections.
        for (var i = 0; i < collections && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Thread.Sleep(25);
        }

        return !context.IsAlive;
    }
}
