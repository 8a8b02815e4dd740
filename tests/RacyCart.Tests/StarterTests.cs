using KitchenKatas.Grader.Stress;

namespace KitchenKatas.RacyCart.Tests;

[TestFixture]
[NonParallelizable]
public sealed class StarterTests
{
    [Test]
    public void Starter_loses_a_tomato_when_two_chefs_add_the_same_item()
    {
        var failure = CartChecks.FirstFailure(RepoPaths.Kata, 1);
        Assert.That(failure, Is.Not.Null, "The starter must fail check 1.");
        Assert.That(CartChecks.Reason(failure!), Does.Contain("vanished").Or.Contain("lost one"));
    }

    [Test]
    public void Starter_corrupts_its_dictionary_when_two_chefs_add_different_items()
    {
        var failure = CartChecks.FirstFailure(RepoPaths.Kata, 2);
        Assert.That(failure, Is.Not.Null, "The starter must fail check 2.");
        Assert.That(CartChecks.Reason(failure!),
            Does.Contain("Dictionary").Or.StartWith("Exception").Or.StartWith("Hang").Or.Contain("total is wrong"));
    }

    [Test]
    public void Starter_gives_the_last_tomato_to_both_racing_chefs()
    {
        var failure = CartChecks.FirstFailure(RepoPaths.Kata, 3);
        Assert.That(failure, Is.Not.Null, "The starter must fail check 3.");
        Assert.That(CartChecks.Reason(failure!), Does.Contain("both took it").Or.Contain("below zero").Or.StartWith("Exception"));
    }

    [Test]
    public void Starter_lets_snapshot_and_total_disagree_while_chefs_work()
    {
        var failure = CartChecks.FirstFailure(RepoPaths.Kata, 4);
        Assert.That(failure, Is.Not.Null, "The starter must fail check 4.");
        Assert.That(CartChecks.Reason(failure!), Does.Contain("half-updated").Or.StartWith("Exception"));
    }

    [Test]
    public void Starter_failure_message_explains_the_lost_tomato_with_a_histogram_and_a_hint()
    {
        var failure = CartChecks.FirstFailure(RepoPaths.Kata, 1)!;
        var message = StressReport.Describe(failure, "01-racy-cart/README.md, section \"Hints\"");
        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain("Expected: 7 tomatoes in the cart"));
            Assert.That(message, Does.Contain("FORBIDDEN"));
            Assert.That(message, Does.Contain("7 tomatoes, total 7").Or.Contain("6 tomatoes"));
            Assert.That(message, Does.Contain("Read the hints: 01-racy-cart/README.md"));
        });
    }
}
