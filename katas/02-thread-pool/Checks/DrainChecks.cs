using NUnit.Framework;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Testing;

namespace Kitchen.ThreadPool.Checks;

/// <summary>
/// Check 11: Drain waits for the orders still cooking, not only for an empty rail. A chef takes the last ticket off
/// the rail long before the dish is done; a Drain that watches the rail returns in between.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class DrainChecks
{
    private const int Rounds = 3;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    // How long Drain is watched while the order is held on the stove. A correct Drain cannot return before the order
    // ends, however busy the machine, so a longer look only costs time; a Drain that returns early does so at once.
    private static readonly TimeSpan Watch = TimeSpan.FromMilliseconds(300);

    [Check(11, "Drain waits for the order still on the stove", Points = 5, Starter = StarterVerdict.Passes)]
    public void Drain_waits_for_the_order_still_on_the_stove()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            OneRound(round);
        }
    }

    private static void OneRound(int round)
    {
        using var started = new ManualResetEventSlim();
        using var stove = new ManualResetEventSlim();
        using var drained = new ManualResetEventSlim();
        var pool = new WorkerPool(2);
        var story = $"Round {round}: one order went to new WorkerPool(2) and stayed on the stove (the rail was empty, the dish not done) while Drain() was called.";
        try
        {
            var submit = Bounded.Run(() => pool.Submit(() =>
            {
                started.Set();
                stove.Wait(Limit);
            }), Limit);
            Assert.That(submit.Succeeded && started.Wait(Limit), Is.True,
                Hints.Say($"{story}\nHappened: the order never started cooking (Submit {CrewChecks.Describe(submit)}). Look at Submit in WorkerPool.cs."));

            Exception? thrown = null;
            var drainer = new Thread(() =>
            {
                try
                {
                    pool.Drain();
                }
                catch (Exception e)
                {
                    thrown = e;
                }
                finally
                {
                    drained.Set();
                }
            })
            { IsBackground = true, Name = "drain caller" };
            drainer.Start();
            var returnedWhileCooking = drained.Wait(Watch);
            stove.Set(); // the dish is done: whatever Drain did, let the order finish
            var returnedAfter = returnedWhileCooking || drained.Wait(Limit);

            Assert.That(thrown, Is.Null, Hints.Say($"{story}\nHappened: Drain() threw {thrown?.GetType().Name}: {thrown?.Message}"));
            Assert.That(returnedWhileCooking, Is.False, Hints.Say($"{story}\nExpected: Drain() waits until the order is cooked.\n" +
                "Happened: Drain() returned while the order was still cooking. An empty rail is not a finished kitchen: a chef took the " +
                "ticket but has not plated the dish yet. Count the orders accepted but not finished, and let Drain wait until that count is 0 (WorkerPool.cs)."));
            Assert.That(returnedAfter, Is.True, Hints.Say($"{story}\nHappened: the order was done, but Drain() had not returned {Limit.TotalSeconds:0} s later. " +
                "Whoever finishes the last order must wake the Drain caller (WorkerPool.cs)."));
        }
        finally
        {
            stove.Set();
            var closing = Bounded.Close(pool, Limit);
            Assert.That(closing, Is.Null, Hints.Say($"{story}\nClosing the kitchen went wrong: {closing}"));
        }
    }
}
