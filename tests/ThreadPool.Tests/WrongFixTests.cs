namespace KitchenKatas.ThreadPool.Tests;

/// <summary>Each wrong fix in WrongFixes/ fails the check that is about its mistake, and says why.</summary>
[TestFixture]
[NonParallelizable]
public sealed class WrongFixTests
{
    [Test]
    public Task Unlocked_queue_loses_or_doubles_jobs() =>
        FailsItsCheck("unlocked-queue",
            "Every_job_runs_exactly_once_while_chefs_submit_from_every_core", "never cooked", "cooked twice", "Submit threw", "Drain() did not return",
            StarterAndSolutionTests.ExplorerFound);

    [Test]
    public Task Unbounded_Task_Run_cooks_on_the_shared_ThreadPool() =>
        FailsItsCheck("unbounded-task-run",
            "At_most_Workers_chefs_cook_at_once_and_all_are_the_pools_own", "shared ThreadPool");

    [Test]
    public Task Busy_spinning_chefs_burn_CPU_while_idle() =>
        FailsItsCheck("busy-spinning-chefs",
            "An_idle_pool_burns_no_CPU", "spinning");

    [Test]
    public Task Dispose_that_drops_queued_jobs_loses_accepted_orders() =>
        FailsItsCheck("dispose-drops-queued-jobs",
            "Drain_and_Dispose_lose_no_accepted_job_even_when_Submit_races_Dispose", "already accepted", "never cooked", StarterAndSolutionTests.ExplorerFound);

    [Test]
    public async Task Sizer_returning_int_MaxValue_breaks_the_rule() =>
        KataRunAssert.FailsWith(await SizerRun("sizer-returns-int-max"),
            "ThreadsFor_follows_the_sizing_rule_within_its_limits", "returned 2147483647");

    [Test]
    public async Task Sizer_returning_int_MaxValue_asks_for_more_chefs_than_maxThreads() =>
        KataRunAssert.FailsWith(await SizerRun("sizer-returns-int-max"),
            "The_sizers_pick_reaches_the_sweet_spot_on_this_machine", "returned 2147483647, outside 1..256");

    [Test]
    public async Task Sizer_returning_one_breaks_the_rule() =>
        KataRunAssert.FailsWith(await SizerRun("sizer-returns-one"),
            "ThreadsFor_follows_the_sizing_rule_within_its_limits", "returned 1.");

    [Test]
    public async Task Sizer_returning_one_leaves_burners_cold() =>
        KataRunAssert.FailsWith(await SizerRun("sizer-returns-one"),
            "The_sizers_pick_reaches_the_sweet_spot_on_this_machine", "reach only");

    // A wrong sizer breaks both sizing checks; one run of the two serves both tests about it.
    private static Task<Grader.Katas.KataTestRun> SizerRun(string name) =>
        KataRuns.WrongFix(name, ["ThreadsFor_follows_the_sizing_rule_within_its_limits", "The_sizers_pick_reaches_the_sweet_spot_on_this_machine"]);

    // A wrong fix with one mistake, run through the one check about it, which must fail for the reason given.
    private static async Task FailsItsCheck(string wrongFix, string check, params string[] reason) =>
        KataRunAssert.FailsWith(await KataRuns.WrongFix(wrongFix, [check]), check, reason);
}
