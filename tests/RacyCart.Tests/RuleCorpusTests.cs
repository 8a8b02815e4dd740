using KitchenKatas.Grader.Testing;

namespace KitchenKatas.RacyCart.Tests;

/// <summary>
/// Kata 1's rule-breaker corpus (RuleBreakers/) and its correct carts (tests/Explorer.Tests/CorrectVariants/), run as
/// <c>kitchen grade</c> runs them. The default suite runs each breaker through the checks of its own rule that it must fail, and each
/// correct cart through every check, at a quarter of the stress budget; the full matrix is in the slow category
/// (<c>dotnet test tests/RacyCart.Tests -s tests/RacyCart.Tests/slow.runsettings</c>) and in <c>kitchen-bench corpus</c>.
/// </summary>
[TestFixture]
[NonParallelizable] // every run builds the kata into its own bin/ and wants the cores
public sealed class RuleCorpusTests
{
    private const string Kata = "racy-cart";

    private static IEnumerable<string> Breakers => RuleCorpusAssert.BreakerNames(Kata);

    private static IEnumerable<string> CorrectCarts => RuleCorpusAssert.CorrectVariantNames(Kata);

    [TestCaseSource(nameof(Breakers))]
    public Task Breaker_fails_the_checks_of_the_rule_it_breaks(string breaker) =>
        RuleCorpusAssert.BreaksOnlyItsRuleAsync(Kata, breaker, allChecks: false);

    [TestCaseSource(nameof(CorrectCarts))]
    public Task Correct_cart_passes_every_check(string variant) =>
        RuleCorpusAssert.PassesEveryCheckAsync(Kata, variant, quick: true);

    [Category("Slow")]
    [TestCaseSource(nameof(Breakers))]
    public Task Breaker_fails_exactly_the_checks_it_names_and_passes_all_others(string breaker) =>
        RuleCorpusAssert.BreaksOnlyItsRuleAsync(Kata, breaker, allChecks: true);

    [Category("Slow")]
    [TestCaseSource(nameof(CorrectCarts))]
    public Task Correct_cart_passes_every_check_at_the_katas_own_budget(string variant) =>
        RuleCorpusAssert.PassesEveryCheckAsync(Kata, variant, quick: false);
}
