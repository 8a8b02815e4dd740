using KitchenKatas.Grader.Testing;
using NUnit.Framework;

namespace Kitchen.ThreadPool.Checks;

/// <summary>Check 4: Drain waits for the orders, Dispose cooks every accepted order before closing, and the pool's rules hold.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ClosingChecks
{
    private const int RaceRounds = 40;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    [Check(4, "Drain and Dispose lose no accepted order, even when Submit races Dispose", Points = 10)]
    public void Drain_and_Dispose_lose_no_accepted_job_even_when_Submit_races_Dispose()
    {
        // First a few orders, one chef at a time, in every order of steps the race explorer can try (as kata 1's checks do).
        KataAssert.NoRace(PoolScenarios.DrainRacingSubmit);
        KataAssert.NoRace(PoolScenarios.SubmitRacingDispose);
        KataAssert.NoRace(PoolScenarios.TwoDrainCallers);

        Assert.Multiple(() =>
        {
            TheRulesHold();
            DrainWaitsForEveryOrder();
            DisposeCooksTheQueuedOrders();
        });

        // Reached only when the calm cases passed: Assert.Multiple throws at its end otherwise.
        SubmitRacingDisposeLosesNothing();
    }

    private static void TheRulesHold()
    {
        Assert.That(() => new WorkerPool(0), Throws.InstanceOf<ArgumentOutOfRangeException>(),
            Hints.Say("new WorkerPool(0) must throw ArgumentOutOfRangeException: a kitchen needs at least one chef. Look at the constructor in WorkerPool.cs."));
        var pool = new WorkerPool(2);
        Assert.That(pool.Workers, Is.EqualTo(2), Hints.Say("new WorkerPool(2).Workers must be 2."));
        Assert.That(() => pool.Submit(null!), Throws.ArgumentNullException,
            Hints.Say("Submit(null) must throw ArgumentNullException: there is no order to cook."));
        var first = Bounded.Run(pool.Dispose, Limit);
        var second = first.Succeeded ? Bounded.Run(pool.Dispose, Limit) : first;
        Assert.That(first.Succeeded && second.Succeeded, Is.True,
            Hints.Say($"Calling Dispose() twice must be fine (the second call does nothing). Happened: the first {CrewChecks.Describe(first)}, the second {CrewChecks.Describe(second)}."));
        Assert.That(() => pool.Submit(() => { }), Throws.InstanceOf<ObjectDisposedException>(),
            Hints.Say("Submit after Dispose() must throw ObjectDisposedException: the kitchen is closed, so the order would never be cooked. Look at Submit in WorkerPool.cs."));
    }

    private static void DrainWaitsForEveryOrder()
    {
        const int orders = 200;
        var cooked = 0;
        var pool = new WorkerPool(2);
        var drain = Bounded.Run(() =>
        {
            for (var i = 0; i < orders; i++)
            {
                pool.Submit(() =>
                {
                    Thread.SpinWait(2_000);
                    Interlocked.Increment(ref cooked);
                });
            }

            pool.Drain();
        }, Limit);
        var cookedWhenDrainReturned = Volatile.Read(ref cooked);
        var closing = Bounded.Close(pool, Limit);
        Assert.That(drain.Succeeded, Is.True, Hints.Say($"{orders} orders went to 2 chefs, then Drain() was called. Happened: Drain {CrewChecks.Describe(drain)}. Look at Drain in WorkerPool.cs."));
        Assert.That(cookedWhenDrainReturned, Is.EqualTo(orders), Hints.Say($"{orders} orders went to 2 chefs, then Drain() was called.\n" +
            $"Expected: when Drain returns, all {orders} are cooked. Happened: only {cookedWhenDrainReturned} were. " +
            "Drain must wait for the orders still in the queue and the ones being cooked, not just for an empty queue. Look at Drain in WorkerPool.cs."));
        Assert.That(closing, Is.Null, Hints.Say($"After Drain, closing the kitchen went wrong: {closing}"));
    }

    private static void DisposeCooksTheQueuedOrders()
    {
        const int orders = 200;
        var cooked = 0;
        var chefs = new HashSet<Thread>();
        var pool = new WorkerPool(2);
        var dispose = Bounded.Run(() =>
        {
            for (var i = 0; i < orders; i++)
            {
                pool.Submit(() =>
                {
                    lock (chefs)
                    {
                        chefs.Add(Thread.CurrentThread);
                    }

                    Thread.SpinWait(2_000);
                    Interlocked.Increment(ref cooked);
                });
            }

            pool.Dispose(); // most orders are still in the queue now
        }, Limit);
        var cookedWhenDisposeReturned = Volatile.Read(ref cooked);
        Thread[] crew;
        lock (chefs)
        {
            crew = [.. chefs];
        }

        var story = $"{orders} orders went to 2 chefs, and Dispose() was called straight away, with most orders still in the queue.";
        Assert.That(dispose.Succeeded, Is.True, Hints.Say($"{story}\nHappened: Dispose {CrewChecks.Describe(dispose)}. Look at Dispose in WorkerPool.cs."));
        Assert.That(cookedWhenDisposeReturned, Is.EqualTo(orders), Hints.Say($"{story}\nExpected: when Dispose returns, all {orders} accepted orders are cooked.\n" +
            $"Happened: only {cookedWhenDisposeReturned} were. Closing the kitchen must not throw away the orders already accepted: " +
            "stop taking new ones, let the chefs empty the queue, then wait for them (Join). Look at Dispose and the chefs' loop in WorkerPool.cs."));
        Assert.That(Bounded.Until(() => crew.All(c => !c.IsAlive), TimeSpan.FromSeconds(1)), Is.True, Hints.Say($"{story}\n" +
            "Happened: after Dispose returned, some chefs' threads were still alive. Dispose must let the chefs leave and wait for them (Thread.Join)."));
    }

    private static void SubmitRacingDisposeLosesNothing()
    {
        var random = new Random(20261125);
        for (var round = 0; round < RaceRounds; round++)
        {
            var accepted = new int[2];
            var cooked = 0;
            Exception? odd = null;
            var pool = new WorkerPool(2);
            var waiters = Enumerable.Range(0, 2).Select(w => new Thread(() =>
            {
                while (true)
                {
                    try
                    {
                        pool.Submit(() => Interlocked.Increment(ref cooked));
                        accepted[w]++;
                    }
                    catch (ObjectDisposedException)
                    {
                        return; // refused: the kitchen is closed, and that is fine
                    }
                    catch (Exception e)
                    {
                        odd = e;
                        return;
                    }
                }
            })
            { IsBackground = true, Name = $"Waiter {w + 1}" }).ToArray();
            foreach (var waiter in waiters)
            {
                waiter.Start();
            }

            Thread.SpinWait(random.Next(0, 200_000)); // close at a different moment each round
            var dispose = Bounded.Run(pool.Dispose, Limit);
            var waitersDone = Bounded.Until(() => waiters.All(w => !w.IsAlive), Limit);
            var story = $"Round {round + 1}: two waiters kept handing in orders while another thread called Dispose().";
            if (!dispose.Succeeded || !waitersDone)
            {
                Assert.Fail(Hints.Say($"{story}\nHappened: Dispose {CrewChecks.Describe(dispose)}" +
                    (waitersDone ? "." : $", and Submit kept accepting orders after Dispose (the waiters were never refused).") +
                    " Look at how Submit and Dispose share the 'closed' flag in WorkerPool.cs: both must use the same lock."));
            }

            if (odd is not null)
            {
                Assert.Fail(Hints.Say($"{story}\nHappened: Submit threw {odd.GetType().Name} ({odd.Message}); the only refusal allowed after Dispose is ObjectDisposedException."));
            }

            var total = accepted.Sum();
            var cookedNow = Volatile.Read(ref cooked);
            if (cookedNow != total)
            {
                Assert.Fail(Hints.Say($"{story}\nExpected: every order Submit accepted (returned without throwing) is cooked before Dispose returns.\n" +
                    $"Happened: Submit accepted {total:N0} orders but {cookedNow:N0} were cooked. " +
                    (cookedNow < total
                        ? "An order slipped in between 'is the kitchen closed?' and 'put it in the queue', after the chefs had left. Check the flag and enqueue under the same lock Dispose takes, in WorkerPool.cs."
                        : "Some orders were cooked twice.")));
            }
        }
    }
}
