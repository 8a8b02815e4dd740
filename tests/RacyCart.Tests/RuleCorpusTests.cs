using KitchenKatas.Tests.Shared;

namespace KitchenKatas.RacyCart.Tests;

/// <summary>
/// Kata 1's rule-breaker corpus (RuleBreakers/) and its correct carts (tests/Explorer.Tests/CorrectVariants/), run as
/// <c>kitchen grade</c> runs them: one build of the kata each. The full matrix (each breaker fails exactly the checks
/// it names and passes the others, each correct cart passes everything at the kata's own budget) is in the slow
/// category: <c>dotnet test tests/RacyCart.Tests -s tests/RacyCart.Tests/slow.runsettings</c>, or
/// <c>kitchen-bench corpus --kata racy-cart</c>. The default suite keeps to a few breakers (see <see cref="InDefaultSuite"/>).
/// </summary>
[TestFixture]
[NonParallelizable] // every run builds the kata into its own bin/ and wants the cores
public sealed class RuleCorpusTests
{
    private const string Kata = "racy-cart";

    // A build costs more than most checks, so the default suite runs the breakers of the rules only this corpus
    // guards: rule 1 (held by the grader taking only Cart.cs) and rule 2 (the public-members check). The six correct
    // carts already run in the default suite through the explorer (tests/Explorer.Tests).
    private static readonly string[] InDefaultSuite = ["lock-kept-in-a-second-file", "public-clear-added", "quantity-widened-to-long"];

    private static IEnumerable<string> Breakers => RuleCorpusAssert.BreakerNames(Kata);

    private static IEnumerable<string> QuickBreakers => Breakers.Intersect(InDefaultSuite);

    private static IEnumerable<string> CorrectCarts => RuleCorpusAssert.CorrectVariantNames(Kata);

    [TestCaseSource(nameof(QuickBreakers))]
    public Task Breaker_fails_the_checks_of_the_rule_it_breaks(string breaker) =>
        RuleCorpusAssert.BreaksOnlyItsRuleAsync(Kata, breaker, allChecks: false);

    [Category("Slow")]
    [TestCaseSource(nameof(Breakers))]
    public Task Breaker_fails_exactly_the_checks_it_names_and_passes_all_others(string breaker) =>
        RuleCorpusAssert.BreaksOnlyItsRuleAsync(Kata, breaker, allChecks: true);

    [Category("Slow")]
    [TestCaseSource(nameof(CorrectCarts))]
    public Task Correct_cart_passes_every_check_at_the_katas_own_budget(string variant) =>
        RuleCorpusAssert.PassesEveryCheckAsync(Kata, variant, quick: false);
}
