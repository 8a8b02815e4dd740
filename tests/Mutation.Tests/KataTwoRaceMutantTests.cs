using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Mutation;

namespace KitchenKatas.Mutation.Tests;

/// <summary>
/// Kata 2's pool, with one race planted at a time (its race mutants), against the explorer alone: every mutant of the
/// pool that is not listed as equivalent dies by exploring, in a schedule the search reaches at the same
/// place every run (a schedule budget, no time budget), and the report names the check and the schedule.
/// </summary>
[TestFixture]
[NonParallelizable] // the race checks want every core to themselves
public sealed class KataTwoRaceMutantTests
{
    // The checks' own budget: `_drainers++` moved out of the lock dies only in schedule 1,757 of TwoDrainCallers (a
    // lost count of Drain callers, then a Pulse that wakes the Drain caller instead of the free chef).
    private static readonly int SchedulesPerScenario = new ExplorerOptions().MaxSchedules;

    private static KataInfo ThreadPool => RepoPaths.Kata("thread-pool");

    [Test]
    [Category("Slow")]
    public async Task Every_race_mutant_of_the_pool_is_killed_by_exploring_a_race_check()
    {
        var options = new RaceMutationOptions
        {
            ChildProcessFallback = false,
            StressInProcess = false,
            Explorer = new ExplorerOptions { MaxSchedules = SchedulesPerScenario, TimeBudget = null, StuckAfter = TimeSpan.FromSeconds(10) },
        };
        var report = await RaceMutationRunner.RunAsync(ThreadPool, options);
        TestContext.Out.WriteLine(report.Summary);
        foreach (var result in report.Mutants)
        {
            TestContext.Out.WriteLine($"{result.Mutant}\n    {RaceMutationRunner.Describe(result)}");
        }

        var pool = report.Mutants.Where(m => m.Mutant.File == "WorkerPool.cs" && m.Verdict is not (MutantVerdict.Equivalent or MutantVerdict.Stillborn)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(pool.Where(m => m.Verdict != MutantVerdict.Killed).Select(m => m.Mutant.ToString()), Is.Empty,
                "Each survivor is a race the explorer misses: add a scenario, or list it as equivalent with the reason.");
            Assert.That(report.StaleEquivalents, Is.Empty);
            Assert.That(pool, Has.Length.GreaterThanOrEqualTo(20), "The operators must still find the pool's locks.");
        });
    }

    [Test]
    public void Each_race_check_of_the_pool_is_mapped_to_the_scenarios_it_runs()
    {
        var map = ScenarioCheckMap.Read(ThreadPool.Folder);
        const string Checks = "Kitchen.ThreadPool.Checks.";
        Assert.Multiple(() =>
        {
            Assert.That(map[Checks + "EveryJobOnceChecks.Every_job_runs_exactly_once_while_chefs_submit_from_every_core"],
                Is.EqualTo(new[] { "OrdersFromTwoWaiters", "SleepingChefWakes" }));
            Assert.That(map[Checks + "ClosingChecks.Drain_and_Dispose_lose_no_accepted_job_even_when_Submit_races_Dispose"],
                Is.EqualTo(new[] { "DrainRacingSubmit", "SubmitRacingDispose", "TwoDrainCallers" }));
            Assert.That(map.Keys, Is.SubsetOf(ThreadPool.Manifest.Checks.Select(c => c.Test)));
        });
    }
}
