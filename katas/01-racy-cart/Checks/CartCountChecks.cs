using KitchenKatas.Grader.Testing;
using NUnit.Framework;

namespace Kitchen.RacyCart.Checks;

/// <summary>Check 7: a chef counts an item while others add or take it. A class of its own, so it runs after checks 5 and 6.</summary>
[TestFixture]
[NonParallelizable] // each race check wants every core to itself
public sealed class CartCountChecks
{
    [Check(7, "Counting an item while chefs add or take gives only true counts", Points = 10)]
    public void Counting_an_item_while_chefs_work_gives_only_true_counts()
    {
        KataAssert.NoRace(CartScenarios.CountingWhileAdding);
        KataAssert.NoRace(CartScenarios.CountingWhileRemoving);
    }
}
