using Kitchen.CrashIsolation.Checks.Harness;
using NUnit.Framework;
using KitchenKatas.Grader.Testing;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>Check 6: the kitchen has room for MaxConcurrentWorkers tabs at once, whoever asks for them; no more, and not just one.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ThrottleChecks
{
    [Check(6, "No more tabs run at once than allowed, even for two callers at once, and more than one does", Points = 10)]
    public void No_more_tabs_run_at_once_than_allowed_and_more_than_one_does()
    {
        var scenario = KitchenScenarios.Throttle;
        var report = HarnessRun.Of(scenario).Returned();
        var allowed = scenario.MaxConcurrentWorkers;
        Assert.Multiple(() =>
        {
            Assert.That(report.Results.Count(r => r.Status == TabStatus.Rendered), Is.EqualTo(scenario.Jobs.Count),
                $"All {scenario.Jobs.Count} slow pages should render; got: {string.Join("; ", report.Results.Select(TabExpectations.Show))}. {KitchenFire.Hints}");
            Assert.That(report.MostAtOnce, Is.LessThanOrEqualTo(allowed),
                $"{report.MostAtOnce} tabs were rendering at the same moment, but MaxConcurrentWorkers is {allowed}: too many chefs for the kitchen. "
                + $"The limit is the supervisor's, for all its calls together: here two waiters each ran RunAllAsync with three pages at the same moment. "
                + $"Let a tab start only when one of the supervisor's places is free (one SemaphoreSlim with {allowed} places, made in the constructor), "
                + $"and free it only when the tab's process has exited. {KitchenFire.Hints}");
            // The call alone decides "more than one": two callers at once make two tabs even from a supervisor that opens one at a time.
            var alone = report.MostAtOnceAlone ?? 0;
            Assert.That(alone, Is.GreaterThanOrEqualTo(Math.Min(2, allowed)),
                report.MostAtOnce == 0
                    ? $"No page was rendered by a tab process of its own: the tab program wrote nothing in its logbook. Start each page with TabCommand.StartInfo(options.WorkerPath). {KitchenFire.Hints}"
                    : $"When one waiter ordered two slow pages alone, only {alone} tab rendered at a time, though MaxConcurrentWorkers is {allowed}: the kitchen had room for more chefs. "
                        + $"Start the tabs of one RunAllAsync side by side (Task.WhenAll over RunAsync), and let the limit hold them back. {KitchenFire.Hints}");
        });
    }
}
