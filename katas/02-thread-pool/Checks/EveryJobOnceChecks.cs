using System.Diagnostics;
using System.Globalization;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Testing;
using NUnit.Framework;

namespace Kitchen.ThreadPool.Checks;

/// <summary>Check 1: many waiters hand in orders at once, and every order is cooked exactly once.</summary>
[TestFixture]
[NonParallelizable] // every check wants the whole machine
public sealed class EveryJobOnceChecks
{
    private const int Jobs = 100_000;

    // Rounds go on for this many times the kata's budget (3 s by default): a race inside an unlocked queue
    // needs two threads inside it at the same instant, which a busy machine allows only now and then.
    private const int BudgetsOfRounds = 15;

    private static readonly TimeSpan SubmitLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(20);

    [Check(1, "Every order is cooked exactly once while waiters hand them in from every core", Points = 15)]
    public void Every_job_runs_exactly_once_while_chefs_submit_from_every_core()
    {
        // First a few orders, one chef at a time, in every order of steps the race explorer can try (as kata 1's checks do).
        KataAssert.NoRace(PoolScenarios.OrdersFromTwoWaiters);
        KataAssert.NoRace(PoolScenarios.SleepingChefWakes);

        var budget = BudgetsOfRounds * KataBudget();
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        string? failure;
        do
        {
            rounds++;
            failure = Round();
        }
        while (failure is null && clock.Elapsed < budget);

        TestContext.Out.WriteLine($"{rounds} round(s) of {Jobs:N0} orders in {clock.Elapsed.TotalSeconds:0.0} s.");
        if (failure is not null)
        {
            Assert.Fail(Hints.Say(rounds == 1 ? failure : $"Round {rounds} (the earlier ones went well): {failure}"));
        }
    }

    // One round: a fresh kitchen, every waiter handing in orders at the same moment, Drain, then the count.
    private static string? Round()
    {
        var submitters = Math.Max(4, 2 * Environment.ProcessorCount);
        var runs = new int[Jobs];
        var refused = 0;
        Exception? firstRefusal = null;
        var pool = new WorkerPool(Math.Max(2, Environment.ProcessorCount));
        using var go = new ManualResetEventSlim();
        var waiters = Enumerable.Range(0, submitters).Select(w => new Thread(() =>
        {
            go.Wait();
            for (var job = w; job < Jobs; job += submitters)
            {
                var order = job;
                try
                {
                    pool.Submit(() => Interlocked.Increment(ref runs[order]));
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref refused);
                    Interlocked.CompareExchange(ref firstRefusal, e, null);
                }
            }
        })
        { IsBackground = true, Name = $"Waiter {w + 1}" }).ToArray();
        foreach (var waiter in waiters)
        {
            waiter.Start();
        }

        go.Set(); // every waiter starts handing in orders at the same moment
        var submitted = Bounded.Until(() => waiters.All(w => !w.IsAlive), SubmitLimit);
        var drain = submitted ? Bounded.Run(pool.Drain, DrainLimit) : null;
        var lost = runs.Count(r => r == 0);
        var doubled = runs.Count(r => r > 1);
        var closing = drain is { Finished: true } ? Bounded.Close(pool, TimeSpan.FromSeconds(10)) : null;

        var story = string.Format(CultureInfo.InvariantCulture,
            "{0} waiters handed {1:N0} orders to a kitchen of {2} chefs at the same moment.", submitters, Jobs, pool.Workers);
        if (!submitted)
        {
            return $"{story}\nHappened: the waiters were still handing in orders after {SubmitLimit.TotalSeconds:0} s. " +
                "Submit should only put the order in the queue and return; look at Submit in WorkerPool.cs.";
        }

        if (firstRefusal is not null)
        {
            return $"{story}\nHappened: Submit threw {refused:N0} time(s), first {Hints.Thrown(firstRefusal)}\n" +
                "Two waiters changed the kitchen's shared state in Submit at the same moment. Guard the queue (and any list or " +
                "counter shared by Submit and the chefs) with one lock, in WorkerPool.cs.";
        }

        if (drain is { Succeeded: false })
        {
            var why = drain.Finished ? $"threw {Hints.Thrown(drain.Thrown!)}" : $"did not return within {DrainLimit.TotalSeconds:0} s";
            return $"{story}\nHappened: Drain() {why}. By then {lost:N0} order(s) had never been cooked and {doubled:N0} were cooked twice or more.\n" +
                "A lost order, or a count of unfinished orders that two chefs updated at once, leaves Drain waiting forever. " +
                "Look at the queue and the counters in WorkerPool.cs: every one shared by threads needs the lock.";
        }

        if (lost + doubled > 0)
        {
            return $"{story}\nExpected: when Drain() returns, every order was cooked exactly once.\n" +
                $"Happened: {lost:N0} order(s) never cooked (or still cooking after Drain returned), {doubled:N0} cooked twice or more.\n" +
                "Two threads changed the queue at the same moment: one order was handed to two chefs, or one was overwritten and lost. " +
                "A Queue<T> is not safe for two threads; in WorkerPool.cs, take one lock around every use of it.";
        }

        return closing is null ? null : $"{story}\nEvery order was cooked, but closing the kitchen went wrong: {closing}";
    }

    // The kata's budget (kata.json, times KITCHEN_STRESS_SCALE); the same unit check 8 measures with.
    private static TimeSpan KataBudget() =>
        StressBudget.Resolve(KataBuildInfo.Of(typeof(EveryJobOnceChecks).Assembly)?.LoadManifest().Stress ?? new StressSettings { BudgetMs = 200 }).Budget;
}
