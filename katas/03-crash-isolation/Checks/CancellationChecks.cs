using Kitchen.CrashIsolation.Checks.Harness;
using NUnit.Framework;
using KitchenKatas.Grader.Testing;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>Check 8: when the evening is cancelled, every tab is stopped at once and nothing is left running.</summary>
[TestFixture]
[NonParallelizable]
public sealed class CancellationChecks
{
    [Check(8, "Cancelling stops every tab promptly and leaves nothing running", Points = 10)]
    public void Cancelling_stops_every_tab_promptly_and_leaves_nothing_running()
    {
        var scenario = KitchenScenarios.Cancel;
        var report = HarnessRun.Of(scenario).Returned();
        var seconds = report.CallSeconds.GetValueOrDefault("cancel");
        var tabs = report.Processes.Count(p => p.Role == "tab");
        var limit = (Margins.AfterCancel + report.JudgingAllowance).TotalSeconds;
        Assert.Multiple(() =>
        {
            Assert.That(tabs, Is.EqualTo(scenario.Jobs.Count),
                $"{tabs} of {scenario.Jobs.Count} hanging pages ran in a tab process of their own before the cancellation; every page needs one (TabCommand.StartInfo(options.WorkerPath)), and MaxConcurrentWorkers is {scenario.MaxConcurrentWorkers}. {KitchenFire.Hints}");
            Assert.That(seconds, Is.LessThanOrEqualTo(limit),
                $"RunAllAsync took {seconds:0.0} s to end after it was cancelled; it should end within {limit:0.#} s. Pass the token on, and when it fires kill what runs. {KitchenFire.Hints}");
            Assert.That(report.Survivors, Is.Empty,
                "After the cancelled RunAllAsync ended, these were still running: "
                + TabExpectations.Show(report.Survivors)
                + $". Cancelling must kill every running tab with its whole process tree, not just stop waiting for it. {KitchenFire.Hints}");
        });
    }
}
