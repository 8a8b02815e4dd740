using System.Diagnostics;
using NUnit.Framework;

namespace Kitchen.ThreadPool.Checks;

/// <summary>Check 6: chefs with no orders wait quietly; they do not pace up and down the kitchen.</summary>
[TestFixture]
[NonParallelizable]
public sealed class IdleChecks
{
    private const int Crew = 4;
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);

    // A quarter of one core over the window: far above a quiet process, far below even one spinning chef.
    private static readonly TimeSpan Allowance = Window / 4;

    [Test]
    public void An_idle_pool_burns_no_CPU()
    {
        Settle();
        var before = Quietest(CpuOverWindow, 2); // the rest of the process: test runner, GC, JIT
        var pool = new WorkerPool(Crew);
        var warm = Bounded.Run(() =>
        {
            for (var i = 0; i < 4 * Crew; i++)
            {
                pool.Submit(() => Thread.SpinWait(1_000));
            }

            pool.Drain();
        }, TimeSpan.FromSeconds(10));
        Settle();
        var idle = Quietest(CpuOverWindow, 2);
        var closing = Bounded.Close(pool, TimeSpan.FromSeconds(10));
        var extra = idle - before;
        TestContext.Out.WriteLine($"CPU over {Window.TotalMilliseconds:0} ms: {before.TotalMilliseconds:0} ms without the pool, {idle.TotalMilliseconds:0} ms with {Crew} idle chefs.");

        var story = $"A kitchen of {Crew} chefs cooked a few orders, then had nothing to do for {Window.TotalSeconds:0.#} s.";
        Assert.That(warm.Succeeded, Is.True, Hints.Say($"{story}\nHappened: Submit and Drain {CrewChecks.Describe(warm)}. Look at Drain in WorkerPool.cs."));
        Assert.That(extra, Is.LessThanOrEqualTo(Allowance), Hints.Say($"{story}\nExpected: idle chefs use (almost) no CPU: at most {Allowance.TotalMilliseconds:0} ms over the half second.\n" +
            $"Happened: the process used {idle.TotalMilliseconds:0} ms of CPU with the idle pool, against {before.TotalMilliseconds:0} ms without it. " +
            "The chefs keep checking an empty queue in a loop (spinning), burning cores other programs need. " +
            "In WorkerPool.cs, let a chef with nothing to do sleep until an order arrives: Monitor.Wait/Pulse, a SemaphoreSlim, or a BlockingCollection's Take."));
        Assert.That(closing, Is.Null, Hints.Say($"{story}\nClosing the kitchen went wrong: {closing}"));
    }

    // Lets finished chefs fall asleep and background JIT work end before measuring.
    private static void Settle() => Thread.Sleep(300);

    private static TimeSpan CpuOverWindow()
    {
        var start = ProcessCpu();
        Thread.Sleep(Window);
        return ProcessCpu() - start;
    }

    // Spinning chefs spin in every window; a one-off hiccup of the runtime does not.
    private static TimeSpan Quietest(Func<TimeSpan> measure, int times) =>
        Enumerable.Range(0, times).Select(_ => measure()).Min();

    private static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
