namespace KitchenKatas.RacyCart.Tests;

[TestFixture]
[NonParallelizable]
public sealed class WrongFixTests
{
    [Test]
    public void Lock_only_in_Add_lets_two_chefs_take_the_last_tomato() =>
        Assert.That(CartChecks.FirstFailure(RepoPaths.WrongFix("lock-only-in-add"), 3), Is.Not.Null);

    [Test]
    public void Lock_only_in_Add_lets_snapshot_and_total_disagree() =>
        Assert.That(CartChecks.FirstFailure(RepoPaths.WrongFix("lock-only-in-add"), 4), Is.Not.Null);

    [Test]
    public void Interlocked_on_two_fields_lets_snapshot_and_total_disagree()
    {
        var failure = CartChecks.FirstFailure(RepoPaths.WrongFix("interlocked-on-two-fields"), 4);
        Assert.That(failure, Is.Not.Null, "Interlocked on each field separately must fail check 4.");
        Assert.That(CartChecks.Reason(failure!), Does.Contain("half-updated"));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Interlocked_on_two_fields_passes_the_checks_it_really_fixes(int check) =>
        Assert.That(CartChecks.FirstFailure(RepoPaths.WrongFix("interlocked-on-two-fields"), check), Is.Null);

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public void Lock_object_created_per_call_fails_race_check(int check) =>
        Assert.That(CartChecks.FirstFailure(RepoPaths.WrongFix("lock-per-call"), check), Is.Not.Null);

    [Test]
    public void Concurrent_dictionary_with_check_then_act_gives_the_last_tomato_twice()
    {
        var failure = CartChecks.FirstFailure(RepoPaths.WrongFix("concurrent-dictionary-check-then-act"), 3);
        Assert.That(failure, Is.Not.Null, "Check-then-act on a ConcurrentDictionary must fail check 3.");
        Assert.That(CartChecks.Reason(failure!), Does.Contain("both took it").Or.Contain("below zero"));
    }
}
