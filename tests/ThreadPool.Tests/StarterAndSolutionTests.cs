using KitchenKatas.Grader.Katas;

namespace KitchenKatas.ThreadPool.Tests;

/// <summary>The kata as a learner and a teacher meet it: <c>dotnet test</c> on the starter, and with the solution switch.</summary>
[TestFixture]
[NonParallelizable] // every kata run wants the machine, and they share the kata's build folder
public sealed class StarterAndSolutionTests
{
    // Checks 1 and 4 explore their scenarios first: a race the explorer finds is told as the interleaving that breaks it.
    internal const string ExplorerFound = "The explorer found the interleaving that breaks it";

    // On a crowded machine a thread per order can be so slow that the waiters are still handing in orders when the
    // check stops waiting: a true account of the starter too (seen once, at a load average of 10 on 2 cores).
    [Test]
    public async Task Starter_loses_or_doubles_orders_on_its_unlocked_rail() =>
        KataRunAssert.FailsWith(await KataRuns.Starter(), "Every_job_runs_exactly_once_while_chefs_submit_from_every_core",
            "never cooked", "cooked twice", "Submit threw", "Drain() did not return", "still handing in orders", ExplorerFound);

    [Test]
    public async Task Starter_hires_a_chef_per_order_and_breaks_the_bound() =>
        KataRunAssert.FailsWith(await KataRuns.Starter(), "At_most_Workers_chefs_cook_at_once_and_all_are_the_pools_own",
            "cooking at once", "different threads");

    [Test]
    public async Task Starter_is_parallel_so_the_parallelism_check_passes() =>
        KataRunAssert.Passes(await KataRuns.Starter(), "All_Workers_chefs_cook_at_the_same_time");

    [Test]
    public async Task Starter_loses_orders_or_fails_when_Submit_races_Dispose() =>
        KataRunAssert.FailsWith(await KataRuns.Starter(), "Drain_and_Dispose_lose_no_accepted_job_even_when_Submit_races_Dispose",
            "Round ", "Happened", ExplorerFound);

    [Test]
    public async Task Starter_lets_a_throwing_job_take_the_whole_process_down() =>
        KataRunAssert.FailsWith(await KataRuns.Starter(), "A_throwing_job_is_reported_and_the_kitchen_goes_on",
            "the whole kitchen went down");

    [Test]
    public async Task Starter_sizer_ignores_the_rule() =>
        KataRunAssert.FailsWith(await KataRuns.Starter(), "ThreadsFor_follows_the_sizing_rule_within_its_limits", "returned 4");

    [Test]
    public async Task Starter_sizer_is_shown_on_the_curve_and_misses_the_sweet_spot_unless_the_machine_is_very_busy()
    {
        // On a very busy machine check 8 judges the knee loosely and a constant 4 may pass it; check 7 still fails.
        var outcome = (await KataRuns.Starter()).Find(".The_sizers_pick_reaches_the_sweet_spot_on_this_machine");
        Assert.That(outcome, Is.Not.Null, "Check 8 must run on the starter.");
        Assert.That($"{outcome!.Message}{outcome.StandardOutput}", Does.Contain("<- your pick"));
        if (outcome.Passed)
        {
            Assert.That(outcome.StandardOutput, Does.Contain("very busy"), "The starter's pick may only pass check 8 on a very busy machine.");
        }
    }

    [Test]
    public async Task Starter_is_no_faster_than_a_new_chef_per_order() =>
        KataRunAssert.FailsWith(await KataRuns.Starter(), "The_pool_beats_a_new_chef_for_every_job",
            "A new chef per order:");

    [Test]
    public async Task Starter_run_fails_through_the_exit_code() =>
        Assert.That((await KataRuns.Starter()).Process.ExitCode, Is.Not.Zero);

    [Test]
    public async Task Solution_passes_every_check_listed_in_kata_json()
    {
        var run = await KataRuns.Solution();
        var manifest = KataManifest.Load(Path.Combine(KataRuns.Kata, "kata.json"));
        Assert.Multiple(() =>
        {
            Assert.That(run.Tests.Select(t => t.FullName), Is.EquivalentTo(manifest.Checks.Select(c => c.Test)),
                "Every test is a check listed in kata.json, and every check is a test.");
            Assert.That(run.Tests.Where(t => !t.Passed).Select(t => $"{t.FullName}: {t.Message}"), Is.Empty, "False positives on the reference solution.");
            Assert.That(run.Process.ExitCode, Is.Zero);
        });
    }

    [Test]
    public async Task Solution_run_draws_three_curves_with_data_for_the_grade_report()
    {
        var sweetSpot = (await KataRuns.Solution()).Find(".The_sizers_pick_reaches_the_sweet_spot_on_this_machine");
        var output = sweetSpot?.StandardOutput ?? "";
        var handed = sweetSpot?.HandedData ?? "";
        var curves = CheckData.Parse(handed).Count(d => d.Kind == "pool-curve" && d.Payload.GetProperty("threads").GetArrayLength() > 1);
        Assert.Multiple(() =>
        {
            Assert.That(curves, Is.EqualTo(3), $"One data line per workload, handed to the grader.\n{handed}");
            Assert.That(output, Does.Not.Contain(CheckData.Marker), "The learner reads no machine lines.");
            Assert.That(output, Does.Contain("<- knee").And.Contain("<- your pick"));
        });
    }
}
