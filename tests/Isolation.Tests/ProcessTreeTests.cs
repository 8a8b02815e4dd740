using System.Diagnostics;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Isolation.Tests;

[TestFixture]
public sealed class ProcessTreeTests
{
    [Test]
    public void A_running_child_is_unreaped_until_its_parent_has_waited_for_it()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True, "ProcessTree reads /proc");
        using var child = Process.Start(new ProcessStartInfo("sleep", ["30"]) { UseShellExecute = false })!;
        try
        {
            Assert.That(ProcessTree.Unreaped(Environment.ProcessId).Select(s => s.Pid), Does.Contain(child.Id));
        }
        finally
        {
            child.Kill();
            child.WaitForExit();
        }

        Assert.That(ProcessTree.Unreaped(Environment.ProcessId).Select(s => s.Pid), Does.Not.Contain(child.Id));
    }

    [Test]
    public void A_dead_child_its_parent_has_not_waited_for_is_unreaped_but_not_alive()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True, "ProcessTree reads /proc");

        // sh starts a short sleep, then becomes a long sleep that never waits for it: the short one stays a zombie.
        using var parent = Process.Start(new ProcessStartInfo("sh", ["-c", "sleep 0 & exec sleep 30"]) { UseShellExecute = false })!;
        try
        {
            // A bounded number of looks, not a clock: the short sleep is dead within a few of them.
            ProcessStamp? zombie = null;
            for (var look = 0; look < 500 && zombie is null; look++)
            {
                zombie = ProcessTree.Unreaped(parent.Id).Where(s => !ProcessTree.IsAlive(s)).Cast<ProcessStamp?>().FirstOrDefault();
                Thread.Sleep(20);
            }

            Assert.That(zombie, Is.Not.Null, "the short sleep never showed up as a dead child of the long one");
        }
        finally
        {
            parent.Kill();
            parent.WaitForExit();
        }
    }
}
