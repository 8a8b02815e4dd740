using NUnit.Framework;
using NUnit.Framework.Constraints;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Testing;

namespace Kitchen.RacyCart.Checks;

/// <summary>Checks 5 and 6: what one chef alone may expect of the cart, and how it refuses bad arguments.</summary>
[TestFixture]
public sealed class CartBasicsChecks
{
    private static IResolveConstraint NullRefused =>
        Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("item");

    [Check(5, "One chef alone gets what the cart promises", Points = 10, Starter = StarterVerdict.Passes)]
    public void One_chef_alone_gets_what_the_cart_promises()
    {
        var cart = new Cart();
        Assert.Multiple(() =>
        {
            Assert.That(cart.TotalQuantity, Is.Zero, "A new cart holds nothing.");
            Assert.That(cart.QuantityOf("tomato"), Is.Zero, "QuantityOf an item that is not there is 0.");
            Assert.That(cart.Snapshot(), Is.Empty, "A new cart's snapshot is empty.");
        });

        cart.Add("tomato", 5);
        cart.Add("tomato");
        cart.Add("basil", 2);
        Assert.Multiple(() =>
        {
            Assert.That(cart.QuantityOf("tomato"), Is.EqualTo(6), "5 tomatoes and then 1 more make 6.");
            Assert.That(cart.TotalQuantity, Is.EqualTo(8), "6 tomatoes and 2 basil make a total of 8.");
            Assert.That(cart.TryRemove("tomato", 7), Is.False, "Taking 7 of 6 tomatoes must fail.");
            Assert.That(cart.QuantityOf("tomato"), Is.EqualTo(6), "A failed TryRemove changes nothing.");
            Assert.That(cart.TryRemove("leek"), Is.False, "Taking an item that is not there must fail.");
            Assert.That(cart.TryRemove("tomato", 6), Is.True, "Taking all 6 tomatoes works.");
            Assert.That(cart.QuantityOf("tomato"), Is.Zero, "No tomatoes are left.");
            Assert.That(cart.TotalQuantity, Is.EqualTo(2), "Only the 2 basil are left.");
        });

        var snapshot = cart.Snapshot();
        cart.Add("onion");
        Assert.Multiple(() =>
        {
            Assert.That(snapshot, Is.EquivalentTo(new Dictionary<string, int> { ["basil"] = 2 }),
                "The snapshot holds only items still in the cart: no entry with quantity 0.");
            Assert.That(snapshot.ContainsKey("onion"), Is.False, "A snapshot is a copy: later adds do not change it.");
            Assert.That(cart.Snapshot().Values.Sum(), Is.EqualTo(cart.TotalQuantity), "A snapshot adds up to the total.");
        });
    }

    [Check(6, "Bad arguments are refused with a clear exception", Points = 5, Starter = StarterVerdict.Passes)]
    public void Bad_arguments_are_refused_with_a_clear_exception()
    {
        var cart = new Cart();
        cart.Add("tomato", 3);
        Assert.Multiple(() =>
        {
            // Naming the caller's own argument is what makes it clear: a Dictionary refusing its "key" deep inside says less.
            Assert.That(() => cart.Add(null!), NullRefused, "Add(null) must throw ArgumentNullException for item.");
            Assert.That(() => cart.TryRemove(null!), NullRefused, "TryRemove(null) must throw ArgumentNullException for item.");
            Assert.That(() => cart.QuantityOf(null!), NullRefused, "QuantityOf(null) must throw ArgumentNullException for item.");
            Assert.That(() => cart.Add("tomato", 0), Throws.InstanceOf<ArgumentOutOfRangeException>(), "Adding 0 must throw ArgumentOutOfRangeException.");
            Assert.That(() => cart.Add("tomato", -2), Throws.InstanceOf<ArgumentOutOfRangeException>(), "Adding -2 must throw ArgumentOutOfRangeException.");
            Assert.That(() => cart.TryRemove("tomato", 0), Throws.InstanceOf<ArgumentOutOfRangeException>(), "Removing 0 must throw ArgumentOutOfRangeException.");
            Assert.That(cart.QuantityOf("tomato"), Is.EqualTo(3), "Refused calls leave the cart as it was.");
            Assert.That(cart.TotalQuantity, Is.EqualTo(3), "Refused calls leave the total as it was.");
        });
    }
}
