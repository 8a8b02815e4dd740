using System.Diagnostics;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Isolation.Tests.Platforms;

/// <summary>The process tree on each system: Windows and macOS over fake tables, Linux for real.</summary>
[TestFixture]
public sealed class ProcessTableTests
{
    // A kitchen (100) with a tab (200) that started a helper (300); 400 names 100 as its parent but is older than it:
    // its real parent ended long ago and Windows gave the id 100 to the kitchen since.
    private static readonly ProcessLink[] Links = [new(100, 1), new(200, 100), new(300, 200), new(400, 100), new(1, 0)];
    private static readonly Dictionary<int, long> Started = new() { [1] = 1, [100] = 1_000, [200] = 2_000, [300] = 3_000, [400] = 500 };

    private static ProcessInfo? Info(int pid) =>
        Started.TryGetValue(pid, out var start) ? new ProcessInfo(new ProcessStamp(pid, start), true, 4, 1 << 20) : null;

    [Test]
    public void Windows_finds_children_and_grandchildren_but_not_an_older_process_that_names_a_reused_parent_id()
    {
        var table = new WindowsProcessTable(() => Links, Info);
        Assert.Multiple(() =>
        {
            Assert.That(ProcessTree.Descendants(table, 100).Select(s => s.Pid), Is.EquivalentTo(new[] { 200, 300 }));
            Assert.That(table.Unreaped(100).Select(s => s.Pid), Is.EqualTo(new[] { 200 }));
            Assert.That(table.CanFreeze, Is.False, "Windows cannot stop a process without ending it");
        });
    }

    [Test]
    public void No_descendants_of_a_process_that_is_gone()
    {
        var table = new WindowsProcessTable(() => Links, Info);
        Assert.That(ProcessTree.Descendants(table, 999), Is.Empty);
    }

    [Test]
    public void MacOS_lists_an_unreaped_zombie_child_as_unreaped_but_not_alive()
    {
        var bsd = new Dictionary<int, MacProcessTable.BsdInfo>
        {
            [100] = new(1, false, 1_700_000_000, 0),
            [200] = new(100, false, 1_700_000_001, 250_000),
            [300] = new(100, true, 1_700_000_002, 0),
        };
        var table = new MacProcessTable(() => [.. bsd.Keys], pid => bsd.TryGetValue(pid, out var b) ? b : null, Info);
        var unreaped = table.Unreaped(100);
        Assert.Multiple(() =>
        {
            Assert.That(unreaped.Select(s => s.Pid), Is.EquivalentTo(new[] { 200, 300 }));
            Assert.That(table.Read(300)?.Alive, Is.False, "a zombie");
            Assert.That(table.Read(200)?.Alive, Is.True);
            Assert.That(ProcessTree.Descendants(table, 100).Select(s => s.Pid), Is.EquivalentTo(new[] { 200, 300 }));
        });
    }

    [Test]
    public void MacOS_stamps_a_process_with_its_start_time_in_utc_ticks()
    {
        var expected = new DateTime(2023, 11, 14, 22, 13, 21, DateTimeKind.Utc).AddMilliseconds(250).Ticks;
        Assert.That(MacProcessTable.StartStamp(1_700_000_001, 250_000), Is.EqualTo(expected));
    }

    [Test]
    public void Linux_reads_parent_state_threads_and_start_from_a_stat_line()
    {
        const string stat = "77 (tab (7)) Z 12 77 77 0 -1 0 0 0 0 0 0 0 0 0 20 0 3 0 98765 0 41";
        Assert.That(LinuxProcessTable.ParseStat(stat), Is.EqualTo(new LinuxProcessTable.StatLine(12, 'Z', 3, 98765, 41)));
    }

    [Test]
    public void Linux_finds_a_grandchild_and_what_the_tree_uses()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True, "the real /proc table");
        // sh starts a sleep and waits for it: the sleep is this process's grandchild.
        using var child = Process.Start(new ProcessStartInfo("sh", ["-c", "sleep 30 & wait"]) { UseShellExecute = false })!;
        try
        {
            IReadOnlyList<ProcessStamp> tree = [];
            for (var look = 0; look < 500 && tree.Count < 2; look++)
            {
                tree = ProcessTree.Descendants(Environment.ProcessId).Where(s => s.Pid == child.Id || ProcessTree.CommandLine(s) == "sleep 30").ToList();
            }

            var usage = ProcessTree.Usage(child.Id, tree.Where(s => s.Pid != child.Id));
            Assert.Multiple(() =>
            {
                Assert.That(tree.Select(ProcessTree.CommandLine), Is.SupersetOf(new[] { "sh -c sleep 30 & wait", "sleep 30" }));
                Assert.That(tree, Has.All.Matches<ProcessStamp>(ProcessTree.IsAlive));
                Assert.That(usage.Processes, Is.EqualTo(2), "sh and its sleep");
                Assert.That(usage.Threads, Is.GreaterThanOrEqualTo(2));
                Assert.That(usage.MemoryBytes, Is.GreaterThan(0));
            });
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
    }

    [Test]
    public void Linux_finds_a_process_by_the_mark_in_its_environment()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True, "the real /proc table");
        var mark = "KITCHEN_PLATFORM_TEST=" + Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("sleep", ["30"]) { UseShellExecute = false };
        start.Environment["KITCHEN_PLATFORM_TEST"] = mark["KITCHEN_PLATFORM_TEST=".Length..];
        using var child = Process.Start(start)!;
        try
        {
            Assert.That(ProcessTree.Carrying(mark).Select(s => s.Pid), Is.EqualTo(new[] { child.Id }));
        }
        finally
        {
            child.Kill();
            child.WaitForExit();
        }
    }
}
