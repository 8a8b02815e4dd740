using KitchenKatas.Grader.Isolation;

namespace KitchenKatas.Isolation.Tests;

/// <summary>The cap on glibc's malloc arenas that keeps a batch grader's memory from creeping up.</summary>
[TestFixture]
public sealed class MallocArenasTests
{
    [Test]
    public void Fewer_than_one_arena_is_refused() =>
        Assert.That(() => MallocArenas.Cap(0), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void Glibc_takes_the_cap_when_nobody_set_MALLOC_ARENA_MAX()
    {
        var glibc = OperatingSystem.IsLinux() && !System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal);
        Assume.That(glibc && Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is null, "glibc on Linux, no cap set from outside");

        // 8 per core is glibc's own ceiling on 64-bit machines, so the test host keeps its usual behaviour.
        Assert.That(MallocArenas.Cap(8 * Environment.ProcessorCount), Is.True);
    }
}
