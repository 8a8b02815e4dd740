using Kitchen.CrashIsolation.Checks.Harness;
using NUnit.Framework;
using KitchenKatas.Grader.Testing;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>Check 4: a hung tab is stopped in time, everything it started goes with it, it is gone when RunAsync returns, and its Error says why.</summary>
[TestFixture]
[NonParallelizable]
public sealed class TimeoutChecks
{
    [Check(4, "A hung tab times out, its whole process tree is gone, and its Error says why and after how long", Points = 10)]
    public void A_hung_tab_times_out_and_its_whole_process_tree_is_gone()
    {
        var scenario = KitchenScenarios.HungTabs;
        var report = HarnessRun.Of(scenario).Returned();
        // The supervisor's Timeout was stretched by the allowance; killing and reaping on a busy machine gets it once more.
        var timeout = scenario.Timeout + report.Allowance;
        var limit = timeout + Margins.AfterTimeout + report.JudgingAllowance;
        Assert.Multiple(() =>
        {
            foreach (var job in scenario.Jobs)
            {
                var result = report.For(job.Id);
                var seconds = report.CallSeconds.GetValueOrDefault(job.Id);
                Assert.That(result?.Status, Is.EqualTo(TabStatus.TimedOut),
                    $"Tab {job.Id} (page \"{job.Page}\") never finishes: expected TimedOut, got {TabExpectations.Show(result)}. {KitchenFire.Hints}");
                if (result?.Status == TabStatus.TimedOut)
                {
                    Assert.That(TimedOutErrorJudge.SaysHowLong(result.Error), Is.True,
                        $"Tab {job.Id} (page \"{job.Page}\") was reported TimedOut with the Error {TabExpectations.Quote(result.Error)}, which does not say how long the tab was given. "
                        + $"README.md, task 4: tell the person reading the report what you did and after how long, "
                        + $"e.g. \"still running after {timeout.TotalSeconds:0.#} s, so it was killed with every process it started\". {KitchenFire.Hints}");
                }

                Assert.That(seconds, Is.LessThanOrEqualTo(limit.TotalSeconds),
                    $"RunAsync for tab {job.Id} took {seconds:0.0} s; with a Timeout of {timeout.TotalSeconds:0.#} s it should have given up within {limit.TotalSeconds:0.#} s. Count the timeout from the tab's start. {KitchenFire.Hints}");

                var left = report.Survivors.Where(s => s.After == job.Id).ToList();
                Assert.That(left, Is.Empty,
                    $"After RunAsync for tab {job.Id} (page \"{job.Page}\") returned, these were still running: "
                    + TabExpectations.Show(left)
                    + ". Process.Kill() stops the tab alone, not the helper it started: its grandchild lives on. Kill the whole tree: Kill(entireProcessTree: true). "
                    + KitchenFire.Hints);

                var unreaped = report.Unreaped.Where(u => u.After == job.Id).ToList();
                Assert.That(unreaped, Is.Empty,
                    $"RunAsync for tab {job.Id} (page \"{job.Page}\") returned TimedOut while its tab was still there: "
                    + TabExpectations.Show(unreaped)
                    + ". Kill only sends the signal; the tab is gone once you have waited for it. After the Kill, await tab.WaitForExitAsync() "
                    + "(with no timeout), so the tab is really gone, and its place really free, when RunAsync returns. "
                    + KitchenFire.Hints);
            }
        });
    }
}
