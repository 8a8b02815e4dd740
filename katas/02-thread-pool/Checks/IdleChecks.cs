using KitchenKatas.Grader.Platforms;
using KitchenKatas.Grader.Pools;
using KitchenKatas.Grader.Testing;
using NUnit.Framework;
using KitchenKatas.Grader.Katas;

namespace Kitchen.ThreadPool.Checks;

/// <summary>Check 6: chefs with no orders wait quietly; they do not pace up and down the kitchen.</summary>
[TestFixture]
[NonParallelizable]
public sealed class IdleChecks
{
    private const int Crew = 4;
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);

    // Over the window: 6 % of one core, three Linux kernel ticks. A chef who sleeps until an order comes uses none;
    // one spinning chef uses a whole core if it can get one.
    private static readonly TimeSpan ChefsAllowance = TimeSpan.FromMilliseconds(30);

    [Check(6, "Idle chefs burn no CPU", Points = 5, Starter = StarterVerdict.Passes, Needs = [MachineNeed.ThreadCpuClock])]
    public void An_idle_pool_burns_no_CPU()
    {
        // Only the chefs' own threads are measured: the whole process would count the test runner, GC and JIT too.
        KataAssert.Needs(MachineNeed.ThreadCpuClock);
        Settle();
        var chefs = new HashSet<long>();
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
        long[] ids;
        lock (chefs)
        {
            ids = [.. chefs];
        }

        var idle = ChefsCpuOverWindow(ids);
        var closing = Bounded.Close(pool, TimeSpan.FromSeconds(10));
        var what = $"the {ids.Length} thread(s) that cooked the orders used {idle.TotalMilliseconds:0} ms of CPU";
        TestContext.Out.WriteLine($"Over {Window.TotalMilliseconds:0} ms of rest, {what}.");

        var story = $"A kitchen of {Crew} chefs cooked a few orders, then had nothing to do for {Window.TotalSeconds:0.#} s.";
        Assert.That(warm.Succeeded, Is.True, Hints.Say($"{story}\nHappened: Submit and Drain {CrewChecks.Describe(warm)}. Look at Drain in WorkerPool.cs."));
        Assert.That(ids, Is.Not.Empty, Hints.Say($"{story}\nHappened: no order was cooked on a chef's thread. In WorkerPool.cs, let the chefs' threads run the orders Submit hands them."));
        Assert.That(idle, Is.LessThanOrEqualTo(ChefsAllowance), Hints.Say($"{story}\nExpected: idle chefs use (almost) no CPU: at most {ChefsAllowance.TotalMilliseconds:0} ms over the half second.\n" +
            $"Happened: {what}. The chefs keep checking an empty queue in a loop (spinning), burning cores other programs need. " +
            "In WorkerPool.cs, let a chef with nothing to do sleep until an order arrives: Monitor.Wait/Pulse, a SemaphoreSlim, or a BlockingCollection's Take."));
        Assert.That(closing, Is.Null, Hints.Say($"{story}\nClosing the kitchen went wrong: {closing}"));
    }

    // Lets finished chefs fall asleep and background JIT work end before measuring.
    private static void Settle() => Thread.Sleep(300);

    private static TimeSpan ChefsCpuOverWindow(long[] ids)
    {
        var start = ids.Select(ThreadCpuClock.CpuTime).ToArray();
        Thread.Sleep(Window);
        return ids.Select((id, i) => (ThreadCpuClock.CpuTime(id) ?? start[i] ?? TimeSpan.Zero) - (start[i] ?? TimeSpan.Zero))
            .Aggregate(TimeSpan.Zero, (sum, t) => sum + t);
    }
}
