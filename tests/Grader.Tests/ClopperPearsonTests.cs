using KitchenKatas.Grader.SelfCheck;

namespace KitchenKatas.Grader.Tests;

[TestFixture]
public sealed class ClopperPearsonTests
{
    [TestCase(1)]
    [TestCase(50)]
    [TestCase(1000)]
    public void With_every_run_a_success_the_lower_bound_is_alpha_to_the_one_over_n(int runs) =>
        Assert.That(ClopperPearson.LowerBound(runs, runs), Is.EqualTo(Math.Pow(0.05, 1.0 / runs)).Within(1e-12));

    // Reference values: the 5 % quantile of Beta(k, n - k + 1), computed independently from the exact binomial tail.
    [TestCase(5, 10, 0.2224411010)]
    [TestCase(9, 10, 0.6058366976)]
    [TestCase(49, 50, 0.9086018693)]
    [TestCase(999, 1000, 0.9952650064)]
    public void With_some_misses_the_lower_bound_is_the_exact_binomial_one(int successes, int runs, double expected) =>
        Assert.That(ClopperPearson.LowerBound(successes, runs), Is.EqualTo(expected).Within(1e-8));

    [Test]
    public void With_no_success_the_lower_bound_is_zero() =>
        Assert.That(ClopperPearson.LowerBound(0, 20), Is.Zero);

    [Test]
    public void One_miss_lowers_the_bound_below_a_clean_record_of_the_same_length() =>
        Assert.That(ClopperPearson.LowerBound(99, 100), Is.LessThan(ClopperPearson.LowerBound(100, 100)));

    [Test]
    public void It_takes_2995_clean_runs_for_the_bound_to_reach_99_9_percent()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ClopperPearson.RunsToShow(0.999), Is.EqualTo(2995));
            Assert.That(ClopperPearson.LowerBound(2995, 2995), Is.GreaterThanOrEqualTo(0.999));
            Assert.That(ClopperPearson.LowerBound(2994, 2994), Is.LessThan(0.999));
        });
    }

    [Test]
    public void More_successes_than_runs_is_refused() =>
        Assert.That(() => ClopperPearson.LowerBound(11, 10), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
