using KitchenKatas.Grader.Testing;
using NUnit.Framework;

namespace Kitchen.RacyCart.Checks;

/// <summary>Checks 1 to 4: chefs on every core use one cart at the same moment.</summary>
[TestFixture]
[NonParallelizable] // each race check wants every core to itself
public sealed class CartRaceChecks
{
    [Check(1, "Two chefs adding the same item lose none", Points = 20)]
    public void Two_chefs_adding_the_same_item_lose_none() =>
        KataAssert.NoRace(CartScenarios.SameItemAdds);

    [Check(2, "Two chefs adding different items lose none", Points = 15)]
    public void Two_chefs_adding_different_items_lose_none() =>
        KataAssert.NoRace(CartScenarios.DifferentItemAdds);

    [Check(3, "Chefs racing for the last item never both get it", Points = 20)]
    public void Chefs_racing_for_the_last_item_never_both_get_it() =>
        KataAssert.NoRace(CartScenarios.RacingRemoves);

    [Check(4, "Snapshot and total always agree while chefs work", Points = 15)]
    public void Snapshot_and_total_always_agree_while_chefs_work()
    {
        KataAssert.NoRace(CartScenarios.InspectionWhileAdding);
        KataAssert.NoRace(CartScenarios.InspectionWhileRemoving);
    }
}
