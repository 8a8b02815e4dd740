namespace KitchenKatas.CrashIsolation.Tests;

[TestFixture]
[NonParallelizable] // reads the runs of KataRuns, which starts them two at a time itself
public sealed class SolutionTests
{
    // Every end-to-end run starts now, two at a time, whichever of their fixtures comes first.
    [OneTimeSetUp]
    public void StartTheRuns() => KataRuns.StartAll();

    [Test]
    public void The_reference_solution_passes_every_check()
    {
        var run = KataRuns.Solution;
        Assert.That(run.Tests, Has.Count.EqualTo(KataRuns.Manifest.Checks.Count), KataRuns.Describe(run));
        Assert.That(run.Tests.Where(t => !t.Passed).Select(t => $"{t.FullName}: {t.Message}"), Is.Empty);
    }
}
