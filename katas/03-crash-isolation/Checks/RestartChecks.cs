using Kitchen.CrashIsolation.Checks.Harness;
using NUnit.Framework;
using KitchenKatas.Grader.Testing;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>Check 7: a crashed tab is opened again, up to MaxRestarts times; a timed-out tab is not.</summary>
[TestFixture]
[NonParallelizable]
public sealed class RestartChecks
{
    [Check(7, "A tab that crashes once renders on the retry; one that always crashes gives up; one that hangs is not restarted", Points = 15)]
    public void A_tab_that_crashes_once_renders_on_the_retry_and_one_that_always_crashes_gives_up()
    {
        var scenario = KitchenScenarios.Restarts;
        var report = HarnessRun.Of(scenario).Returned();
        var once = report.For("once");
        var always = report.For("always");
        var fine = report.For("fine");
        var stuck = report.For("stuck");
        var stuckStarts = report.Processes.Count(p => p.Role == "tab" && p.Page == "hang");
        var alwaysStarts = report.Processes.Count(p => p.Role == "tab" && p.Page == "throw-on-thread");
        var tries = scenario.MaxRestarts + 1;
        Assert.Multiple(() =>
        {
            Assert.That(once is { Status: TabStatus.Rendered, Attempts: 2 } && once.Output?.Trim() == TabExpectations.RenderedHtml("crash-once Second helping"), Is.True,
                $"Tab \"once\" crashes on its first try only: expected Rendered on the retry with Attempts 2, got {TabExpectations.Show(once)}. Start a crashed tab again, in a new process. {KitchenFire.Hints}");
            Assert.That(always is { Status: TabStatus.Crashed } && always.Attempts == tries, Is.True,
                $"Tab \"always\" crashes every time: with MaxRestarts {scenario.MaxRestarts} expected Crashed after {tries} attempts, got {TabExpectations.Show(always)}. {KitchenFire.Hints}");
            Assert.That(alwaysStarts, Is.EqualTo(tries),
                $"The tab program was started {alwaysStarts} time(s) for tab \"always\"; expected {tries}: the first try and {scenario.MaxRestarts} restarts, each in a new process. {KitchenFire.Hints}");
            Assert.That(stuck is { Status: TabStatus.TimedOut, Attempts: 1 } && stuckStarts == 1, Is.True,
                $"Tab \"stuck\" hangs: expected TimedOut after 1 attempt, its tab started once, got {TabExpectations.Show(stuck)}, started {stuckStarts} time(s). "
                + $"Only a crashed tab is started again: a tab that timed out would only hang again, however many restarts MaxRestarts allows. {KitchenFire.Hints}");
            Assert.That(fine is { Status: TabStatus.Rendered, Attempts: 1 }, Is.True,
                $"Tab \"fine\" renders at once: expected Rendered with Attempts 1, got {TabExpectations.Show(fine)}. {KitchenFire.Hints}");
        });
    }
}
