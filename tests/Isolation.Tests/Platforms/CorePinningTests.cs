using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Isolation.Tests.Platforms;

/// <summary>Core pinning: Windows over fake system calls, Linux for real, macOS without.</summary>
[TestFixture]
public sealed class CorePinningTests
{
    [Test]
    public void Windows_allows_the_cores_of_the_process_mask_and_pins_with_one_bit()
    {
        var set = new List<ulong>();
        var pinning = new WindowsCorePinning(() => 0b1011UL, mask =>
        {
            set.Add(mask);
            return true;
        });
        Assert.Multiple(() =>
        {
            Assert.That(pinning.AllowedCpus(), Is.EqualTo(new[] { 0, 1, 3 }));
            Assert.That(pinning.PinCurrentThread(3), Is.True);
            Assert.That(pinning.PinCurrentThread(64), Is.False, "one mask holds 64 cores");
            Assert.That(pinning.PinCurrentThread(-1), Is.False);
            Assert.That(set, Is.EqualTo(new[] { 0b1000UL }));
        });
    }

    [Test]
    public void Windows_without_a_mask_falls_back_to_every_core()
    {
        var pinning = new WindowsCorePinning(() => null, _ => false);
        Assert.That(pinning.AllowedCpus(), Is.EqualTo(Enumerable.Range(0, Environment.ProcessorCount)));
    }

    [Test]
    public void MacOS_pins_nothing_and_says_so()
    {
        var pinning = Platform.MacOS().Pinning;
        Assert.Multiple(() =>
        {
            Assert.That(pinning.IsSupported, Is.False);
            Assert.That(pinning.PinCurrentThread(0), Is.False);
            Assert.That(pinning.AllowedCpus(), Has.Count.EqualTo(Environment.ProcessorCount));
        });
    }

    [Test]
    public void Linux_keeps_a_pinned_thread_on_its_one_core()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True, "the real sched_setaffinity");
        var pinning = new LinuxCorePinning();
        var allowed = pinning.AllowedCpus();
        var last = allowed[^1];
        IReadOnlyList<int>? seen = null;
        var pinned = false;
        var chef = new Thread(() =>
        {
            pinned = pinning.PinCurrentThread(last);
            seen = pinning.AllowedCpus(); // pid 0: the calling thread's own mask
        });
        chef.Start();
        chef.Join();
        Assert.Multiple(() =>
        {
            Assert.That(allowed, Is.Not.Empty);
            Assert.That(pinned, Is.True);
            Assert.That(seen, Is.EqualTo(new[] { last }));
            Assert.That(pinning.AllowedCpus(), Is.EqualTo(allowed), "the test's own thread is not pinned");
        });
    }
}
