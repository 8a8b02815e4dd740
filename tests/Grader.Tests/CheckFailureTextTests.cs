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

    [Test]
    public void Several_failures_of_one_check_end_with_their_common_pointer_to_the_hints_once()
    {
        const string Footer = "Work in Supervisor.cs; README.md, section \"Hints\", helps.";
        var text = CheckFailureText.Several([$"WorkerPath \"\" was taken.\n{Footer}", $"MaxRestarts -1 was taken.\n{Footer}"]);
        Assert.Multiple(() =>
        {
            Assert.That(text, Is.EqualTo($"Several things went wrong:\n1) WorkerPath \"\" was taken.\n2) MaxRestarts -1 was taken.\n\n{Footer}"));
        });
    }
}
