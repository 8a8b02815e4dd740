using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Stress;

namespace Kitchen.RacyCart.Checks;

// The race scenarios of this kata. This file uses only the Cart and the grader, never NUnit:
// the grader compiles it again beside a rewritten copy of Cart.cs to shake the cart harder.

/// <summary>What the cart holds after a trial: tomatoes and the total.</summary>
public sealed record TomatoCount(int Tomatoes, int Total)
{
    /// <inheritdoc />
    public override string ToString() => $"{Tomatoes} tomatoes, total {Total}";
}

/// <summary>How many different items made it into the cart, and the total.</summary>
public sealed record ItemsFound(int Kinds, int Total)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kinds} of 6 items, total {Total}";
}

/// <summary>How a race for the last tomato ended.</summary>
public sealed record LastTomato(int ChefsWhoGotOne, int Left, int Total)
{
    /// <inheritdoc />
    public override string ToString() => $"{ChefsWhoGotOne} chef(s) got it, {Left} left, total {Total}";
}

/// <summary>What the inspector saw while the other chefs worked.</summary>
public sealed record Inspection(string Finding)
{
    /// <inheritdoc />
    public override string ToString() => Finding;
}

/// <summary>A cart and the answers two chefs got from <c>TryRemove</c>.</summary>
public sealed class RemoveRace
{
    /// <summary>The cart, holding one tomato.</summary>
    public Cart Cart { get; } = new();

    /// <summary>Chef 1's answer.</summary>
    public bool First { get; set; }

    /// <summary>Chef 2's answer.</summary>
    public bool Second { get; set; }
}

/// <summary>A cart and what the inspector noticed.</summary>
public sealed class InspectedCart
{
    /// <summary>The shared cart.</summary>
    public Cart Cart { get; } = new();

    /// <summary>The first inconsistency the inspector saw, if any.</summary>
    public string? Problem { get; set; }

    private int _chefsDone;

    /// <summary>True once both working chefs have finished their rounds.</summary>
    public bool ChefsDone => Volatile.Read(ref _chefsDone) >= 2;

    /// <summary>Called by a working chef when its rounds are done.</summary>
    public void ChefDone() => Interlocked.Increment(ref _chefsDone);
}

/// <summary>The kata's race scenarios, in the jcstress style: state, chefs, arbiter, outcome table.</summary>
public static class CartScenarios
{
    private const int Rounds = 6;

    // The inspector keeps looking for as long as the chefs work, but never for ever (a hung chef is the watchdog's job).
    private const int MostInspections = 2_000;

    /// <summary>Check 1: the story's lost tomato.</summary>
    public static StressScenario<Cart, TomatoCount> SameItemAdds =>
        Scenario.For(() => WithTomatoes(5), "Two chefs add a tomato to a cart that holds 5, at the same moment")
            .Chef("Chef 1", cart => cart.Add("tomato"))
            .Chef("Chef 2", cart => cart.Add("tomato"))
            .Arbiter(cart => new TomatoCount(cart.QuantityOf("tomato"), cart.TotalQuantity))
            .Expect("7 tomatoes in the cart and a total of 7, every time.")
            .Accept(new TomatoCount(7, 7), "Both tomatoes arrived.")
            .Forbid(o => o.Tomatoes == 6, "Both chefs read 5, both wrote 6: one tomato vanished.")
            .Forbid(o => o.Tomatoes == 7 && o.Total == 6, "Both chefs read the total 5 and wrote 6: the total lost one.")
            .Otherwise("A count nobody expected: the cart's state was torn by two chefs at once.");

    /// <summary>Check 2: different items, one Dictionary, two writers.</summary>
    public static StressScenario<Cart, ItemsFound> DifferentItemAdds =>
        Scenario.For(() => new Cart(), "Two chefs add three different items each to an empty cart, at the same moment")
            .Chef("Chef 1", cart => { cart.Add("tomato"); cart.Add("basil"); cart.Add("onion"); })
            .Chef("Chef 2", cart => { cart.Add("pepper"); cart.Add("garlic"); cart.Add("leek"); })
            .Arbiter(cart => new ItemsFound(
                new[] { "tomato", "basil", "onion", "pepper", "garlic", "leek" }.Count(i => cart.QuantityOf(i) == 1),
                cart.TotalQuantity))
            .Expect("all 6 items in the cart, one of each, and a total of 6.")
            .Accept(new ItemsFound(6, 6), "Every item arrived.")
            .Forbid(o => o.Kinds < 6, "Two chefs wrote into the same Dictionary at once and an item was lost: a Dictionary is not safe for two writers.")
            .Otherwise("The items arrived but the total is wrong: two chefs updated it at once.");

    /// <summary>Check 3: check-then-act on the last tomato.</summary>
    public static StressScenario<RemoveRace, LastTomato> RacingRemoves =>
        Scenario.For(() => { var race = new RemoveRace(); race.Cart.Add("tomato"); return race; },
                "Two chefs try to take the cart's only tomato at the same moment")
            .Chef("Chef 1", race => race.First = race.Cart.TryRemove("tomato"))
            .Chef("Chef 2", race => race.Second = race.Cart.TryRemove("tomato"))
            .Arbiter(race => new LastTomato((race.First ? 1 : 0) + (race.Second ? 1 : 0), race.Cart.QuantityOf("tomato"), race.Cart.TotalQuantity))
            .Expect("exactly one chef gets the tomato, and the cart ends empty with a total of 0.")
            .Accept(new LastTomato(1, 0, 0), "One chef took the tomato; the other found the cart empty.")
            .Forbid(o => o.ChefsWhoGotOne == 2, "Both chefs checked, both saw one tomato, both took it: the cart gave away a tomato it did not have.")
            .Forbid(o => o.Left < 0 || o.Total < 0, "The count went below zero: a check and its change were split by another chef.")
            .Otherwise("The tomato was lost or the total is wrong: two chefs changed the cart at once.");

    /// <summary>Check 4, first half: items and total must move together while chefs add.</summary>
    public static StressScenario<InspectedCart, Inspection> InspectionWhileAdding =>
        Scenario.For(() => new InspectedCart(), "An inspector compares Snapshot() with TotalQuantity while two chefs add")
            .Chef("Chef 1", k => { for (var i = 0; i < Rounds; i++) { k.Cart.Add("tomato"); } k.ChefDone(); })
            .Chef("Chef 2", k => { for (var i = 0; i < Rounds; i++) { k.Cart.Add("basil"); } k.ChefDone(); })
            .Chef("Inspector", k => Inspect(k, adding: true))
            .Arbiter(k => Verdict(k, expectedTotal: 2 * Rounds))
            .Expect("every snapshot adds up to a total that was true at that instant (total before ≤ snapshot ≤ total after).")
            .Accept(new Inspection(Consistent), "Items and total always moved together.")
            .Otherwise("The items and the total did not change together: someone saw the cart half-updated.");

    /// <summary>Check 4, second half: the same while chefs remove.</summary>
    public static StressScenario<InspectedCart, Inspection> InspectionWhileRemoving =>
        Scenario.For(() => { var k = new InspectedCart(); k.Cart.Add("tomato", Rounds); k.Cart.Add("basil", Rounds); return k; },
                "An inspector compares Snapshot() with TotalQuantity while two chefs remove")
            .Chef("Chef 1", k => { for (var i = 0; i < Rounds; i++) { k.Cart.TryRemove("tomato"); } k.ChefDone(); })
            .Chef("Chef 2", k => { for (var i = 0; i < Rounds; i++) { k.Cart.TryRemove("basil"); } k.ChefDone(); })
            .Chef("Inspector", k => Inspect(k, adding: false))
            .Arbiter(k => Verdict(k, expectedTotal: 0))
            .Expect("every snapshot adds up to a total that was true at that instant (total before ≥ snapshot ≥ total after).")
            .Accept(new Inspection(Consistent), "Items and total always moved together.")
            .Otherwise("The items and the total did not change together: someone saw the cart half-updated.");

    /// <summary>Check 7, first half: QuantityOf and Snapshot, asked while chefs add, only ever give a count that was true.</summary>
    public static StressScenario<InspectedCart, Inspection> CountingWhileAdding =>
        Scenario.For(() => { var k = new InspectedCart(); k.Cart.Add("tomato"); return k; },
                "A chef counts the tomatoes with QuantityOf and Snapshot() while one chef adds tomatoes and another adds new items")
            .Chef("Counter", k => Count(k, adding: true)) // first, so the explorer soon tries a chef slipping into a count
            .Chef("Chef 1", k => { for (var i = 0; i < Rounds; i++) { k.Cart.Add("tomato"); } })
            .Chef("Chef 2", k => { foreach (var item in NewItems) { k.Cart.Add(item); } })
            .Arbiter(k => new Inspection(k.Problem ?? TrueCounts))
            .Expect($"every count of tomatoes is one that was true at that instant: never fewer than the count before, from 1 up to {Rounds + 1}.")
            .Accept(new Inspection(TrueCounts), "Every count the counter got was true.")
            .Otherwise("The counter got a count that was never true: QuantityOf or Snapshot read the cart while a chef was changing it.");

    /// <summary>Check 7, second half: the same while chefs take things out.</summary>
    public static StressScenario<InspectedCart, Inspection> CountingWhileRemoving =>
        Scenario.For(() => { var k = new InspectedCart(); k.Cart.Add("tomato", Rounds + 1); foreach (var item in NewItems) { k.Cart.Add(item); } return k; },
                "A chef counts the tomatoes with QuantityOf and Snapshot() while one chef takes tomatoes out and another takes the other items")
            .Chef("Counter", k => Count(k, adding: false))
            .Chef("Chef 1", k => { for (var i = 0; i < Rounds; i++) { k.Cart.TryRemove("tomato"); } })
            .Chef("Chef 2", k => { foreach (var item in NewItems) { k.Cart.TryRemove(item); } })
            .Arbiter(k => new Inspection(k.Problem ?? TrueCounts))
            .Expect($"every count of tomatoes is one that was true at that instant: never more than the count before, from {Rounds + 1} down to 1.")
            .Accept(new Inspection(TrueCounts), "Every count the counter got was true.")
            .Otherwise("The counter got a count that was never true: QuantityOf or Snapshot read the cart while a chef was changing it.");

    private const string Consistent = "snapshot and total agree";

    private const string TrueCounts = "every count was true";

    // Enough new items that the cart's Dictionary must grow while the counter reads it.
    private static readonly string[] NewItems = ["basil", "onion", "pepper", "garlic", "leek", "thyme"];

    private static void Count(InspectedCart k, bool adding)
    {
        // A few counts, not a loop until the chefs are done: short schedules let the explorer try many more of them.
        var last = adding ? 1 : Rounds + 1;
        for (var i = 0; i < Rounds; i++)
        {
            // Both ways of counting, one after the other: each count must follow the one before.
            foreach (var (how, count) in new[] { ("QuantityOf", k.Cart.QuantityOf("tomato")), ("Snapshot()", k.Cart.Snapshot().GetValueOrDefault("tomato")) })
            {
                if (adding ? count < last : count > last)
                {
                    k.Problem = $"{how} counted {count} tomatoes after {last} had been counted";
                    return;
                }

                if (count < 1 || count > Rounds + 1)
                {
                    k.Problem = $"{how} counted {count} tomatoes, a count the cart never had";
                    return;
                }

                last = count;
            }
        }
    }

    private static Cart WithTomatoes(int count)
    {
        var cart = new Cart();
        cart.Add("tomato", count);
        return cart;
    }

    private static void Inspect(InspectedCart k, bool adding)
    {
        for (var i = 0; i < MostInspections && k.Problem is null && (i < Rounds || !k.ChefsDone); i++)
        {
            if (i >= Rounds)
            {
                // Past its own rounds the inspector only waits for the chefs: under the explorer, they go first.
                Explorer.WaitingForOthers();
            }

            var before = k.Cart.TotalQuantity;
            var snapshot = k.Cart.Snapshot();
            var after = k.Cart.TotalQuantity;
            var sum = snapshot.Values.Sum();
            var (low, high) = adding ? (before, after) : (after, before);
            if (snapshot.Values.Any(q => q <= 0))
            {
                k.Problem = "snapshot holds an item with quantity 0 or less";
            }
            else if (sum < low)
            {
                k.Problem = "snapshot behind the total";
            }
            else if (sum > high)
            {
                k.Problem = "snapshot ahead of the total";
            }
        }
    }

    private static Inspection Verdict(InspectedCart k, int expectedTotal)
    {
        if (k.Problem is { } problem)
        {
            return new Inspection(problem);
        }

        var sum = k.Cart.Snapshot().Values.Sum();
        var total = k.Cart.TotalQuantity;
        return sum == expectedTotal && total == expectedTotal
            ? new Inspection(Consistent)
            : new Inspection($"at the end: snapshot {sum}, total {total}, expected {expectedTotal}");
    }
}
