using KitchenKatas.Grader.Testing;
using NUnit.Framework;
using KitchenKatas.Grader.Katas;

namespace Kitchen.RacyCart.Checks;

/// <summary>Check 8: the cart keeps the public members the kata gave it (the README's second rule).</summary>
[TestFixture]
public sealed class CartMembersChecks
{
    // The starter's public members, as PublicMembers writes them: every chef in the kitchen calls these.
    private static readonly string[] Given =
    [
        "public Cart()",
        "public IReadOnlyDictionary<string, int> Snapshot()",
        "public bool TryRemove(string item, int quantity = 1)",
        "public int QuantityOf(string item)",
        "public int TotalQuantity { get; }",
        "public void Add(string item, int quantity = 1)",
    ];

    [Check(8, "The cart keeps the public members it came with", Points = 5, Starter = StarterVerdict.Passes)]
    public void Cart_keeps_the_public_members_it_came_with() =>
        PublicMembers.AreExactly(typeof(Cart), Given, "Cart.cs");
}
