using KitchenKatas.Grader.Testing;
using NUnit.Framework;

namespace Kitchen.RacyCart.Checks;

/// <summary>Checks 1 to 4: chefs on every core use one cart at the same moment.</summary>
[TestFixture]
[NonParallelizable] // each race check wants every core to itself
public sealed class CartRaceChecks
{
    [Test]
    public void Two_chefs_adding_the_same_item_lose_none() =>
        KataAssert.NoRace(CartScenarios.SameItemAdds);

    [Test]
    public void Two_chefs_adding_different_items_lose_none() =>
        KataAssert.NoRace(CartScenarios.DifferentItemAdds);

    [Test]
    public void Chefs_racing_for_the_last_item_never_both_get_it() =>
        KataAssert.NoRace(CartScenarios.RacingRemoves);

    [Test]
    public void Snapshot_and_total_always_agree_while_chefs_work()
    {
        KataAssert.NoRace(CartScenarios.InspectionWhileAdding);
        KataAssert.NoRace(CartScenarios.InspectionWhileRemoving);
    }
}
