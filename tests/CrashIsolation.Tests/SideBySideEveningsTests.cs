using Kitchen.CrashIsolation.Checks.Harness;

namespace KitchenKatas.CrashIsolation.Tests;

// Kata 3's checks play their evenings in groups, side by side (KitchenScenarios.SideBySide): every evening once, in the
// one group the false-positive runs under load measured (docs/measurements.md, "Kata 3's evenings all at once").
[TestFixture]
public sealed class SideBySideEveningsTests
{
    [Test]
    public void Every_evening_is_played_in_exactly_one_group()
    {
        var grouped = KitchenScenarios.SideBySide.SelectMany(g => g).Select(s => s.Name).ToList();
        Assert.That(grouped, Is.EquivalentTo(KitchenScenarios.All.Select(s => s.Name)));
        Assert.That(grouped, Is.Unique);
    }

    private static IEnumerable<string> Evenings => KitchenScenarios.All.Select(s => s.Name);

    [TestCaseSource(nameof(Evenings))]
    public void An_evening_is_played_with_its_own_group_and_itself(string name)
    {
        var evening = KitchenScenarios.Named(name);
        var group = KitchenScenarios.PlayedWith(evening);
        Assert.That(group, Does.Contain(evening));
        Assert.That(KitchenScenarios.SideBySide, Has.Some.EquivalentTo(group));
    }
}
