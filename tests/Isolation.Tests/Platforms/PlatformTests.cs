using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Isolation.Tests.Platforms;

/// <summary>The one place that picks each system's pieces, and the reasons it gives where a piece is missing.</summary>
[TestFixture]
public sealed class PlatformTests
{
    [Test]
    public void This_machine_gets_its_own_systems_pieces()
    {
        var expected = OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsWindows() ? "Windows" : OperatingSystem.IsMacOS() ? "macOS" : null;
        Assume.That(expected, Is.Not.Null, "a system the grader knows");
        Assert.That(Platform.Current.Name, Is.EqualTo(expected));
    }

    [Test]
    public void Linux_here_gives_every_need()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True);
        Assert.That(Enum.GetValues<MachineNeed>().Select(Platform.Current.Lacks), Has.All.Null);
    }

    [Test]
    public void An_unknown_system_lacks_every_need_and_says_why_in_plain_words()
    {
        var other = Platform.Other("Plan 9");
        Assert.Multiple(() =>
        {
            foreach (var need in Enum.GetValues<MachineNeed>())
            {
                Assert.That(other.Lacks(need), Does.StartWith("Plan 9"), need.ToString());
            }
        });
    }

    [Test]
    public void MacOS_lacks_core_pinning_whatever_the_machine()
    {
        Assert.That(Platform.MacOS().Lacks(MachineNeed.CorePinning), Is.EqualTo("macOS cannot keep a chef's thread on one core"));
    }
}
