using System.Diagnostics;
using KitchenKatas.Grader.Pools;
using NUnit.Framework;

namespace Kitchen.ThreadPool.Checks;

/// <summary>Check 6: chefs with no orders wait quietly; they do not pace up and down the kitchen.</summary>
[TestFixture]
[NonParallelizable]
public sealed class IdleChecks
{
    private const int Crew = 4;
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);

    // Where the chefs' own threads can be measured: 6 % of one core over the window, three kernel ticks.
    // A chef who sleeps until an order comes uses none; one spinning chef uses a whole core if it can get one.
    private static readonly TimeSpan ChefsAllowance = TimeSpan.FromMilliseconds(30);

    // Elsewhere the whole process is measured, runner and JIT included: a quarter of one core.
    private static readonly TimeSpan ProcessAllowance = Window / 4;

    [Test]
    public void An_idle_pool_burns_no_CPU()
    {
        Settle();
        // Without per-thread clocks, the process without the pool is the baseline: test runner, GC, JIT.
        var before = ThreadCpuClock.IsSupported ? TimeSpan.Zero : Quietest(ProcessCpuOverWindow);
        var chefs = new HashSet<int>();
        var pool = new WorkerPool(Crew);
        var warm = Bounded.Run(() =>
        {
            for (var i = 0; i < 8 * Crew; i++)
            {
                pool.Submit(() =>
                {
                    if (ThreadCpuClock.CurrentThreadId() is { } id)
                    {
                        lock (chefs)
                        {
                            chefs.Add(id);
                        }
                    }

                    Thread.SpinWait(20_000); // long enough for every chef to get an order
                });
            }

            pool.Drain();
        }, TimeSpan.FromSeconds(10));
        Settle();
        int[] ids;
        lock (chefs)
        {
            ids = [.. chefs];
        }

        var measureChefs = ThreadCpuClock.IsSupported && ids.Length > 0;
        var idle = measureChefs ? ChefsCpuOverWindow(ids) : Quietest(ProcessCpuOverWindow);
        var extra = measureChefs ? idle : idle - before;
        var allowance = measureChefs ? ChefsAllowance : ProcessAllowance;
        var closing = Bounded.Close(pool, TimeSpan.FromSeconds(10));
        var what = measureChefs
            ? $"the {ids.Length} thread(s) that cooked the orders used {idle.TotalMilliseconds:0} ms of CPU"
            : $"the process used {idle.TotalMilliseconds:0} ms of CPU with the idle pool, against {before.TotalMilliseconds:0} ms without it";
        TestContext.Out.WriteLine($"Over {Window.TotalMilliseconds:0} ms of rest, {what}.");

        var story = $"A kitchen of {Crew} chefs cooked a few orders, then had nothing to do for {Window.TotalSeconds:0.#} s.";
        Assert.That(warm.Succeeded, Is.True, Hints.Say($"{story}\nHappened: Submit and Drain {CrewChecks.Describe(warm)}. Look at Drain in WorkerPool.cs."));
        Assert.That(extra, Is.LessThanOrEqualTo(allowance), Hints.Say($"{story}\nExpected: idle chefs use (almost) no CPU: at most {allowance.TotalMilliseconds:0} ms over the half second.\n" +
            $"Happened: {what}. The chefs keep checking an empty queue in a loop (spinning), burning cores other programs need. " +
            "In WorkerPool.cs, let a chef with nothing to do sleep until an order arrives: Monitor.Wait/Pulse, a SemaphoreSlim, or a BlockingCollection's Take."));
        Assert.That(closing, Is.Null, Hints.Say($"{story}\nClosing the kitchen went wrong: {closing}"));
    }

    // Lets finished chefs fall asleep and background JIT work end before measuring.
    private static void Settle() => Thread.Sleep(300);

    private static TimeSpan ChefsCpuOverWindow(int[] ids)
    {
        var start = ids.Select(ThreadCpuClock.CpuTime).ToArray();
        Thread.Sleep(Window);
        return ids.Select((id, i) => (ThreadCpuClock.CpuTime(id) ?? start[i] ?? TimeSpan.Zero) - (start[i] ?? TimeSpan.Zero))
            .Aggregate(TimeSpan.Zero, (sum, t) => sum + t);
    }

    private static TimeSpan ProcessCpuOverWindow()
    {
        var start = ProcessCpu();
        Thread.Sleep(Window);
        return ProcessCpu() - start;
    }

    // Spinning chefs spin in every window; a one-off hiccup of the runtime does not.
    private static TimeSpan Quietest(Func<TimeSpan> measure) =>
        Enumerable.Range(0, 2).Select(_ => measure()).Min();

    private static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
