namespace KitchenKatas.CrashIsolation.Tests;

[TestFixture]
[NonParallelizable] // reads the runs of KataRuns, which starts them two at a time itself
public sealed class StarterTests
{
    // Every end-to-end run starts now, two at a time, whichever of their fixtures comes first.
    [OneTimeSetUp]
    public void StartTheRuns() => KataRuns.StartAll();

    [Test]
    public void The_starter_fails_every_check_with_a_readable_message()
    {
        var run = KataRuns.Starter;
        Assert.That(run.Tests, Has.Count.EqualTo(KataRuns.Manifest.Checks.Count), KataRuns.Describe(run));
        Assert.Multiple(() =>
        {
            for (var check = 1; check <= KataRuns.Manifest.Checks.Count; check++)
            {
                var outcome = run.Check(check);
                Assert.That(outcome.Passed, Is.False, $"The starter passed check {check}.");
                Assert.That(outcome.Message, Is.Not.Null.And.Contains("Supervisor.cs"), $"Check {check} must point at Supervisor.cs.");
                Assert.That(outcome.Message, Does.Not.Contain("test host process crashed").IgnoreCase, $"Check {check}: the test host itself must never die.");
            }
        });
        Assert.That(run.Process.StandardOutput + run.Process.StandardError, Does.Not.Contain("Test Run Aborted"));
    }

    [Test]
    public void The_starters_fire_is_told_with_the_tab_it_started_in_and_what_killed_the_kitchen()
    {
        var message = KataRuns.Starter.Check(1).Message;
        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Match(@"Tab \S+'s fire spread: your supervisor's own kitchen burned down"));
            Assert.That(message, Does.Contain("ran on threads inside your supervisor's own process"));
            Assert.That(message, Does.Contain("README.md, section \"Hints\""));
        });
    }
}
