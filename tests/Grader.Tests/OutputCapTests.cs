using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Testing;

namespace KitchenKatas.Grader.Tests;

/// <summary>The ceiling on what a learner's code may print during the checks.</summary>
[TestFixture]
public sealed class OutputCapTests
{
    [Test]
    public void Output_past_the_limit_is_dropped_after_one_line_that_says_so()
    {
        using var inner = new StringWriter();
        using var capped = OutputCap.Wrap(inner, 10);

        capped.Write("tomato ");
        capped.WriteLine("soup of the day");
        capped.Write('!');
        capped.WriteLine(new string('x', 1_000));

        var lines = inner.ToString().Split(Environment.NewLine);
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("tomato sou"));
            Assert.That(lines[1], Is.EqualTo(OutputCapNotice.For(10)));
            Assert.That(inner.ToString(), Does.Not.Contain("x"));
            Assert.That(inner.ToString().Split(OutputCapNotice.Start), Has.Length.EqualTo(2), "the notice comes once");
        });
    }

    [Test]
    public void Output_within_the_limit_passes_unchanged()
    {
        using var inner = new StringWriter();
        using var capped = OutputCap.Wrap(inner, 1_000);

        capped.WriteLine("Two tomatoes, one onion.");

        Assert.That(inner.ToString(), Is.EqualTo("Two tomatoes, one onion." + Environment.NewLine));
    }
}
