using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Stress;

namespace Kitchen.ThreadPool.Checks;

// The race scenarios of this kata. This file uses only the WorkerPool and the grader, never NUnit: the grader
// compiles it again beside a rewritten copy of WorkerPool.cs, where the race explorer runs your chefs one at a time.
// The orders themselves are the grader's: each one only counts that it was cooked.

/// <summary>A kitchen, and how often each order was cooked.</summary>
public sealed class Orders
{
    /// <summary>A kitchen of <paramref name="chefs"/> chefs and room to count <paramref name="orders"/> orders.</summary>
    public Orders(int chefs, int orders)
    {
        Pool = new WorkerPool(chefs);
        Cooked = new int[orders];
    }

    /// <summary>The kitchen.</summary>
    public WorkerPool Pool { get; }

    /// <summary>How many times each order was cooked.</summary>
    public int[] Cooked { get; }

    /// <summary>Orders Submit took without throwing.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>Orders cooked so far.</summary>
    public int CookedSoFar => Enumerable.Range(0, Cooked.Length).Sum(i => Volatile.Read(ref Cooked[i]));

    /// <summary>What a Drain caller or a Dispose caller saw that it must not have seen, if anything.</summary>
    public string? Problem { get; set; }

    private int _accepted;
    private int _waitersDone;
    private readonly ManualResetEventSlim _secondPartCooked = new();

    // On real cores: how long the first part of a dish waits for the second (a free chef takes it at once), and how
    // long a waiter lets the kitchen settle between the two parts.
    private static readonly TimeSpan SecondPartLimit = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Hands in a dish in two parts: order <paramref name="first"/> keeps its chef at the stove until order
    /// <paramref name="second"/> is cooked, so another chef must cook the second part. Between the two the waiter lets
    /// the kitchen settle, so the kitchen's other chef may have gone to sleep by then and must be woken for it.
    /// </summary>
    public void SubmitDishInTwoParts(int first, int second)
    {
        var waitFor = $"order {second + 1} cooked";
        Submit(first, () =>
        {
            if (!Explorer.WaitFor(_secondPartCooked, waitFor, SecondPartLimit))
            {
                Problem ??= $"order {first + 1} waited {SecondPartLimit.TotalSeconds:0} s at the stove for order {second + 1}, which no chef cooked though the other chef had nothing to do";
            }
        });
        Explorer.Pause(Settle);
        Submit(second, () => Explorer.Set(_secondPartCooked, waitFor));
    }

    /// <summary>
    /// Called by each of <paramref name="waiters"/> when its part is done: on real cores the last one closes the
    /// kitchen, so trials do not pile up chefs; the race explorer lets them go by itself.
    /// </summary>
    public void Done(int waiters)
    {
        if (Interlocked.Increment(ref _waitersDone) == waiters && !Explorer.IsExploring)
        {
            Pool.Dispose();
        }
    }

    /// <summary>Hands in order <paramref name="order"/>; false when the kitchen refused it because it is closed.</summary>
    public bool Submit(int order) => Submit(order, static () => { });

    private bool Submit(int order, Action cook)
    {
        try
        {
            Pool.Submit(() =>
            {
                cook();
                Interlocked.Increment(ref Cooked[order]);
            });
        }
        catch (ObjectDisposedException)
        {
            return false; // refused: the kitchen is closed, and that is fine
        }

        Interlocked.Increment(ref _accepted);
        return true;
    }
}

/// <summary>The orders that never got cooked, and those cooked more than once.</summary>
public sealed record Tally(int NeverCooked, int CookedTwice, string? Problem)
{
    /// <inheritdoc />
    public override string ToString() => Problem ?? $"{NeverCooked} order(s) never cooked, {CookedTwice} cooked twice or more";
}

/// <summary>The kata's race scenarios, in the jcstress style: a kitchen, waiters (chefs), a final count, an outcome table.</summary>
public static class PoolScenarios
{
    private const string AllCooked = "every order cooked exactly once";

    /// <summary>Check 1: two waiters hand in an order each at the same moment, then both call Drain.</summary>
    public static StressScenario<Orders, Tally> OrdersFromTwoWaiters =>
        Scenario.For(() => new Orders(chefs: 2, orders: 2), "Two waiters hand an order each to new WorkerPool(2) at the same moment, then both call Drain()")
            .Chef("Waiter 1", k => { k.Submit(0); k.Pool.Drain(); k.Done(waiters: 2); })
            .Chef("Waiter 2", k => { k.Submit(1); k.Pool.Drain(); k.Done(waiters: 2); })
            .Arbiter(Count)
            .Expect("both orders cooked exactly once by the time both Drain() calls return.")
            .Accept(new Tally(0, 0, null), "Every order was cooked once.")
            .Forbid(t => t.NeverCooked > 0, "An order was handed in but never cooked: two waiters pinned it on the rail at the same moment and one ticket was lost.")
            .Forbid(t => t.CookedTwice > 0, "Two chefs took the same ticket off the rail: one order was cooked twice.")
            .Otherwise("Something nobody expected happened to the orders.");

    /// <summary>Check 1: the kitchen's only chef is asleep when an order comes in: it must wake up and cook it.</summary>
    public static StressScenario<Orders, Tally> SleepingChefWakes =>
        Scenario.For(() => new Orders(chefs: 1, orders: 2), "A waiter hands two orders, one after the other, to new WorkerPool(1), whose chef may be asleep, then calls Drain()")
            .Chef("Waiter", k => { k.Submit(0); k.Submit(1); k.Pool.Drain(); k.Done(waiters: 1); })
            .Arbiter(Count)
            .Expect("both orders cooked exactly once by the time Drain() returns.")
            .Accept(new Tally(0, 0, null), "The chef woke up for every order.")
            .Forbid(t => t.NeverCooked > 0, "The chef slept through an order: nobody woke it, or it woke and went back to sleep with an order on the rail.")
            .Otherwise("Something nobody expected happened to the orders.");

    /// <summary>Check 4: Drain is called while a waiter is still handing in orders.</summary>
    public static StressScenario<Orders, Tally> DrainRacingSubmit =>
        Scenario.For(() => new Orders(chefs: 2, orders: 2), "A waiter hands two orders to new WorkerPool(2) while another waiter calls Drain()")
            .Chef("Waiter", k => { k.Submit(0); k.Submit(1); k.Done(waiters: 2); })
            .Chef("Drain caller", k =>
            {
                var handedIn = k.Accepted;
                k.Pool.Drain();
                if (k.CookedSoFar < handedIn)
                {
                    k.Problem = $"Drain() returned with {k.CookedSoFar} order(s) cooked, though {handedIn} had been handed in before it was called";
                }

                k.Done(waiters: 2);
            })
            .Arbiter(Count)
            .Expect("when Drain() returns, every order handed in before it was called is cooked; in the end, both orders cooked once.")
            .Accept(new Tally(0, 0, null), "Drain waited for every order handed in before it.")
            .Forbid(t => t.Problem is not null, "Drain returned while an order handed in before it was still on the rail or on the stove.")
            .Forbid(t => t.NeverCooked > 0, "An order was handed in but never cooked.")
            .Otherwise("Something nobody expected happened to the orders.");

    /// <summary>Check 4: Dispose is called while a waiter is still handing in orders.</summary>
    public static StressScenario<Orders, Tally> SubmitRacingDispose =>
        Scenario.For(() => new Orders(chefs: 2, orders: 2), "A waiter hands two orders to new WorkerPool(2) while another thread calls Dispose()")
            .Chef("Waiter", k => { k.Submit(0); k.Submit(1); })
            .Chef("Closer", k =>
            {
                k.Pool.Dispose();
                if (k.CookedSoFar < k.Accepted)
                {
                    k.Problem = $"Dispose() returned with {k.CookedSoFar} order(s) cooked, though Submit had accepted {k.Accepted}";
                }
            })
            .Arbiter(k => new Tally(0, k.Cooked.Count(c => c > 1), k.Problem
                ?? (k.CookedSoFar < k.Accepted ? $"Submit accepted {k.Accepted} order(s), but only {k.CookedSoFar} were ever cooked" : null)))
            .Expect("every order Submit accepted is cooked before Dispose() returns; an order refused after Dispose is fine.")
            .Accept(new Tally(0, 0, null), "Every accepted order was cooked before the kitchen closed.")
            .Forbid(t => t.Problem is not null, "An order was accepted but not cooked before the kitchen closed: it slipped in after the chefs had left, or Dispose did not wait for them.")
            .Otherwise("Something nobody expected happened to the orders.");

    /// <summary>
    /// Check 4: two Drain callers at the same moment, then a dish that needs both chefs. Submit must wake a chef for the
    /// second part even while a Drain caller sleeps on the same lock; a Drain caller counted wrongly makes it wake the
    /// Drain caller instead, and the free chef sleeps on.
    /// </summary>
    public static StressScenario<Orders, Tally> TwoDrainCallers =>
        Scenario.For(() => new Orders(chefs: 2, orders: 3), "Two waiters call Drain() at the same moment while new WorkerPool(2) cooks order 1; then one hands in a dish in two parts (order 2 keeps its chef at the stove until order 3 is cooked)")
            .Chef("Waiter 1", k => { k.Submit(0); k.Pool.Drain(); k.SubmitDishInTwoParts(first: 1, second: 2); k.Done(waiters: 2); })
            .Chef("Waiter 2", k => { k.Pool.Drain(); k.Done(waiters: 2); })
            .Arbiter(Count)
            .Expect("every Drain() returns, and every order is cooked once: the chef who is free cooks order 3 while order 2 waits for it.")
            .Accept(new Tally(0, 0, null), "Both chefs cooked at once, and both Drain() calls returned.")
            .Forbid(t => t.Problem is not null, "Order 3 sat on the rail while a chef slept: Submit must wake a free chef even while a Drain caller sleeps on the same lock.")
            .Forbid(t => t.NeverCooked > 0, "An order was handed in but never cooked.")
            .Otherwise("Something nobody expected happened to the orders.");

    private static Tally Count(Orders k) =>
        new(k.Cooked.Count(c => c == 0), k.Cooked.Count(c => c > 1), k.Problem);
}
