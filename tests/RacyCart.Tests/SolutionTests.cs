using KitchenKatas.Grader.Katas;

namespace KitchenKatas.RacyCart.Tests;

[TestFixture]
[NonParallelizable]
public sealed class SolutionTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public void Reference_solution_passes_race_check(int check)
    {
        var failure = CartChecks.FirstFailure(RepoPaths.Solution, check);
        Assert.That(failure, Is.Null, () => "False positive on the reference solution:\n" + Grader.Stress.StressReport.Describe(failure!));
    }

    [Test]
    public void Reference_solution_runs_both_phases_real_cores_and_noise()
    {
        using var catalog = ScenarioCatalog.Load(RepoPaths.Kata, RepoPaths.Solution);
        var result = catalog.Check("SameItemAdds", CartChecks.Options with { Budget = TimeSpan.FromMilliseconds(200) });
        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.True);
            Assert.That(result.Phases.Select(p => p.Options.Mode), Is.EqualTo(new[] { "real cores", "with noise between statements" }));
            Assert.That(result.Phases.All(p => p.Trials > 0), Is.True, "Both phases must really run trials.");
            Assert.That(result.Notes, Is.Empty);
        });
    }
}
