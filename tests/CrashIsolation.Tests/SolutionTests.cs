namespace KitchenKatas.CrashIsolation.Tests;

[TestFixture]
[NonParallelizable]
public sealed class SolutionTests
{
    [Test]
    public void The_reference_solution_passes_every_check()
    {
        var run = KataRuns.Solution;
        Assert.That(run.Tests, Has.Count.EqualTo(KataRuns.Manifest.Checks.Count), KataRuns.Describe(run));
        Assert.That(run.Tests.Where(t => !t.Passed).Select(t => $"{t.FullName}: {t.Message}"), Is.Empty);
    }
}
