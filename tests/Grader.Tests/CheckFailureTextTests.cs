using KitchenKatas.Grader.Testing;

namespace KitchenKatas.Grader.Tests;

/// <summary>A failed check's message is the learner's story, without NUnit's machinery around it.</summary>
[TestFixture]
public sealed class CheckFailureTextTests
{
    [Test]
    public void The_assertions_code_and_an_empty_true_false_comparison_go_and_the_story_stays()
    {
        const string Nunit = "new Supervisor(options with { WorkerPath = \"\" }) should throw ArgumentException naming WorkerPath.\n"
            + "Assert.That(right && named, Is.True)\n  Expected: True\n  But was:  False\n";
        Assert.That(CheckFailureText.Plain(Nunit), Is.EqualTo("new Supervisor(options with { WorkerPath = \"\" }) should throw ArgumentException naming WorkerPath."));
    }

    [Test]
    public void A_comparison_that_tells_something_is_kept()
    {
        const string Nunit = "The cart lost a tomato.\nAssert.That(cart.QuantityOf(\"tomato\"), Is.EqualTo(7))\n  Expected: 7\n  But was:  6\n";
        Assert.That(CheckFailureText.Plain(Nunit), Is.EqualTo("The cart lost a tomato.\n  Expected: 7\n  But was:  6"));
    }
}
