using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Mutation;

namespace KitchenKatas.Mutation.Tests;

/// <summary>
/// The race mutants of kata 1's reference solution against the explorer phase of its race checks, run in memory: every
/// mutant that is not listed as equivalent must die. The full checks run against every kata's mutants with
/// <c>kitchen dev mutants</c>.
/// </summary>
[TestFixture]
[NonParallelizable] // the race checks want every core to themselves
public sealed class KataOneRaceMutantTests
{
    // Check 7's short scenarios catch every planted race of the cart within about 220 schedules; the time cap only binds on
    // the long inspection scenarios of check 4 on a very busy machine.
    private const int SchedulesPerScenario = 600;
    private static readonly TimeSpan TimePerScenario = TimeSpan.FromSeconds(10);

    private static KataInfo RacyCart => RepoPaths.Kata("racy-cart");

    [Test]
    public async Task Every_race_mutant_of_the_racy_cart_is_killed_by_a_race_check()
    {
        var options = new RaceMutationOptions
        {
            ChildProcessFallback = false,
            StressInProcess = false,
            Explorer = new ExplorerOptions { MaxSchedules = SchedulesPerScenario, TimeBudget = TimePerScenario },
        };
        var report = await RaceMutationRunner.RunAsync(RacyCart, options);
        TestContext.Out.WriteLine(report.Summary);
        foreach (var result in report.Mutants)
        {
            TestContext.Out.WriteLine($"{result.Mutant}\n    {RaceMutationRunner.Describe(result)}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(report.Survivors.Select(s => s.Mutant.ToString()), Is.Empty, "Each survivor is a race the checks miss: add a check, or list it as equivalent with the reason.");
            Assert.That(report.StaleEquivalents, Is.Empty);
            Assert.That(report.Killed, Is.GreaterThanOrEqualTo(10), "The operators must still find the cart's locks.");
            Assert.That(report.Mutants.Where(m => m.Verdict == MutantVerdict.Killed).Select(m => m.Path), Is.All.EqualTo("in-process"));
        });
    }

    [Test]
    public void Each_race_check_of_the_racy_cart_is_mapped_to_the_scenarios_it_runs()
    {
        var map = ScenarioCheckMap.Read(RacyCart.Folder);
        const string Checks = "Kitchen.RacyCart.Checks.";
        Assert.Multiple(() =>
        {
            Assert.That(map[Checks + "CartRaceChecks.Two_chefs_adding_the_same_item_lose_none"], Is.EqualTo(new[] { "SameItemAdds" }));
            Assert.That(map[Checks + "CartRaceChecks.Snapshot_and_total_always_agree_while_chefs_work"], Is.EqualTo(new[] { "InspectionWhileAdding", "InspectionWhileRemoving" }));
            Assert.That(map[Checks + "CartCountChecks.Counting_an_item_while_chefs_work_gives_only_true_counts"], Is.EqualTo(new[] { "CountingWhileAdding", "CountingWhileRemoving" }));
            Assert.That(map.Keys, Has.None.Contains("CartBasicsChecks"), "Checks that run no scenario are left to dotnet test.");
            Assert.That(map.Keys, Is.SubsetOf(RacyCart.Manifest.Checks.Select(c => c.Test)));
        });
    }

    [Test]
    public void A_kata_whose_checks_run_no_race_scenario_has_no_in_memory_checks()
    {
        var crashIsolation = KataLocator.FindAll(RepoPaths.Root).Single(k => k.Manifest.Id == "crash-isolation");
        Assert.Multiple(() =>
        {
            Assert.That(ScenarioCheckMap.Read(crashIsolation.Folder), Is.Empty, "Kata 3's harness evenings are not race scenarios.");
            Assert.That(InProcessMutantChecks.For(crashIsolation, new RaceMutationOptions()), Is.Null, "Its mutants build with dotnet, Provided/ included.");
        });
    }
}
