using Kitchen.CrashIsolation.Checks.Harness;
using KitchenKatas.Grader.Testing;
using NUnit.Framework;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>
/// Check 10: a tab's Timeout counts from its own start, not from its wait for a place. A class of its own, so it runs
/// last (NUnit runs a class's checks together).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class QueueChecks
{
    [Check(10, "A tab's Timeout counts from its own start, not from its wait for a place", Points = 5)]
    public void The_timeout_counts_from_the_tabs_start_not_from_its_wait_for_a_place()
    {
        var scenario = KitchenScenarios.Queue;
        var report = HarnessRun.Of(scenario).Returned();
        var tabs = report.Processes.Count(p => p.Role == "tab");
        var timeout = scenario.Timeout + report.Allowance;

        // The Timeout the supervisor got was stretched by the machine's pace before the evening. When the machine got
        // much slower during it, a tab that only ran slowly cannot be told from a clock started too early.
        var late = scenario.Jobs.Where(j => report.For(j.Id)?.Status == TabStatus.TimedOut).ToList();
        if (late.Count > 0 && report.AllowanceAfter > report.Allowance * 1.5 + TimeSpan.FromSeconds(0.5))
        {
            KataAssert.NotJudged(
                $"the machine got much busier during this evening (opening a tab took about {report.Allowance.TotalSeconds / 3:0.#} s before it "
                + $"and {report.AllowanceAfter.TotalSeconds / 3:0.#} s after it), so tab {late[0].Id} running out of time says nothing about your clock. Run the checks again on a quieter machine");
        }

        Assert.Multiple(() =>
        {
            Assert.That(tabs, Is.EqualTo(scenario.Jobs.Count),
                $"{tabs} of {scenario.Jobs.Count} slow pages ran in a tab process of their own; every page needs one (TabCommand.StartInfo(options.WorkerPath)). {KitchenFire.Hints}");
            foreach (var job in scenario.Jobs)
            {
                var result = report.For(job.Id);
                Assert.That(result?.Status, Is.EqualTo(TabStatus.Rendered),
                    $"Tab {job.Id} (page \"{job.Page}\") needs {SlowPage.Milliseconds(job.Page) / 1000.0:0.#} s and may run {timeout.TotalSeconds:0.#} s, yet it was reported {TabExpectations.Show(result)}. "
                    + $"With room for {scenario.MaxConcurrentWorkers} tab at a time it first waited in line for a place: count its Timeout from the moment its own tab starts "
                    + $"(start the clock after you got the place), not from the call. {KitchenFire.Hints}");
            }
        });
    }
}
