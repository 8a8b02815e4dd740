using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Isolation.Tests.Platforms;

/// <summary>The thread CPU clock: Windows and macOS over fake system calls, Linux for real.</summary>
[TestFixture]
public sealed class ThreadCpuClockTests
{
    [Test]
    public void Windows_adds_kernel_and_user_time_in_100_ns_units()
    {
        var clock = new WindowsThreadCpuClock(() => 4242, id => id == 4242 ? (Kernel: 3_000_000, User: 2_000_000) : null);
        Assert.Multiple(() =>
        {
            Assert.That(clock.IsSupported, Is.True);
            Assert.That(clock.CurrentThreadId(), Is.EqualTo(4242));
            Assert.That(clock.CpuTime(4242), Is.EqualTo(TimeSpan.FromMilliseconds(500)));
        });
    }

    [Test]
    public void Windows_says_nothing_of_a_thread_it_cannot_open()
    {
        var clock = new WindowsThreadCpuClock(() => 1, _ => null);
        Assert.Multiple(() =>
        {
            Assert.That(clock.CpuTime(7), Is.Null);
            Assert.That(clock.CpuTime(-1), Is.Null);
            Assert.That(clock.CpuTime((long)uint.MaxValue + 1), Is.Null);
            Assert.That(clock.IsSupported, Is.False, "its own thread cannot be read, so the clock does not work here");
        });
    }

    [Test]
    public void MacOS_adds_user_and_system_time_in_seconds_and_microseconds()
    {
        // thread_basic_info: user {1 s, 250,000 µs}, system {0 s, 500,000 µs}, then six more ints.
        var clock = new MacThreadCpuClock(() => 0x1503, port => port == 0x1503 ? [1, 250_000, 0, 500_000, 0, 0, 0, 0, 0, 0] : null);
        Assert.Multiple(() =>
        {
            Assert.That(clock.IsSupported, Is.True);
            Assert.That(clock.CurrentThreadId(), Is.EqualTo(0x1503));
            Assert.That(clock.CpuTime(0x1503), Is.EqualTo(TimeSpan.FromMilliseconds(1750)));
            Assert.That(clock.CpuTime(0x1607), Is.Null, "a port that names no thread");
        });
    }

    [Test]
    public void MacOS_without_a_thread_port_is_not_supported()
    {
        var clock = new MacThreadCpuClock(() => 0, _ => [0, 0, 0, 0]);
        Assert.That(clock.IsSupported, Is.False);
    }

    [Test]
    public void Linux_reads_utime_and_stime_after_a_name_with_spaces_and_parentheses()
    {
        const string stat = "1234 (chef (night) 2) S 1 1234 1234 0 -1 4194560 100 0 0 0 37 13 0 0 20 0 1 0 5555 0 0";
        Assert.That(LinuxThreadCpuClock.ParseTaskStat(stat), Is.EqualTo(TimeSpan.FromMilliseconds(500)));
    }

    [Test]
    public void Linux_counts_the_cpu_a_spinning_chef_burns_and_not_a_sleeping_one()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True, "the real /proc clock");
        var clock = new LinuxThreadCpuClock();
        Assert.That(clock.IsSupported, Is.True);
        long? spinner = null, sleeper = null;
        using var done = new ManualResetEventSlim();
        var spinning = new Thread(() =>
        {
            spinner = clock.CurrentThreadId();
            // Spins until it has used 200 ms of CPU by its own clock: a count of work, not a wall-clock wait.
            while (clock.CpuTime(spinner!.Value) < TimeSpan.FromMilliseconds(200))
            {
                Thread.SpinWait(10_000);
            }
        });
        var sleeping = new Thread(() =>
        {
            sleeper = clock.CurrentThreadId();
            done.Wait();
        });
        sleeping.Start();
        spinning.Start();
        spinning.Join();
        var slept = clock.CpuTime(sleeper!.Value);
        done.Set();
        sleeping.Join();
        Assert.Multiple(() =>
        {
            Assert.That(spinner, Is.Not.Null);
            Assert.That(slept, Is.Not.Null.And.LessThan(TimeSpan.FromMilliseconds(100)), "a waiting thread burns (almost) nothing");
        });
    }
}
