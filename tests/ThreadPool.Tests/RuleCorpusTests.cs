using KitchenKatas.Tests.Shared;

namespace KitchenKatas.ThreadPool.Tests;

/// <summary>
/// Kata 2's rule-breaker corpus (RuleBreakers/) and its correct pools (CorrectVariants/), run as <c>kitchen grade</c>
/// runs them: one build of the kata each. The default suite runs each correct pool through every check but the sweet
/// spot, at a quarter of the stress budget, and a few breakers through the checks of their own rule (see
/// <see cref="InDefaultSuite"/>). The full matrix is in the slow category:
/// <c>dotnet test tests/ThreadPool.Tests -s tests/ThreadPool.Tests/slow.runsettings</c>, or
/// <c>kitchen-bench corpus --kata thread-pool</c>.
/// </summary>
[TestFixture]
[NonParallelizable] // every run builds the kata into its own bin/ and wants the cores
public sealed class RuleCorpusTests
{
    private const string Kata = "thread-pool";

    // A build costs more than most checks, so the default suite runs the breakers of the rules only this corpus
    // guards: rule 1 (held by the grader taking only the learner files), rule 2 (the public-members check) and
    // task 4's Drain that watches the rail (check 11).
    private static readonly string[] InDefaultSuite = ["rail-in-a-third-file", "public-pending-count", "drain-watches-the-rail"];

    private static IEnumerable<string> Breakers => RuleCorpusAssert.BreakerNames(Kata);

    private static IEnumerable<string> QuickBreakers => Breakers.Intersect(InDefaultSuite);

    private static IEnumerable<string> CorrectPools => RuleCorpusAssert.CorrectVariantNames(Kata);

    [TestCaseSource(nameof(QuickBreakers))]
    public Task Breaker_fails_the_checks_of_the_rule_it_breaks(string breaker) =>
        RuleCorpusAssert.BreaksOnlyItsRuleAsync(Kata, breaker, allChecks: false);

    // Check 8 sweeps the grader's own minimal pool, never the learner's, so it tells nothing about a pool's style; at a
    // quarter of its measurements it is also the one check that could misjudge a correct sizer on a busy machine.
    [TestCaseSource(nameof(CorrectPools))]
    public Task Correct_pool_passes_every_check_but_the_sweet_spot(string variant) =>
        RuleCorpusAssert.PassesEveryCheckAsync(Kata, variant, quick: true, "The_sizers_pick_reaches_the_sweet_spot_on_this_machine");

    [Category("Slow")]
    [TestCaseSource(nameof(Breakers))]
    public Task Breaker_fails_exactly_the_checks_it_names_and_passes_all_others(string breaker) =>
        RuleCorpusAssert.BreaksOnlyItsRuleAsync(Kata, breaker, allChecks: true);

    [Category("Slow")]
    [TestCaseSource(nameof(CorrectPools))]
    public Task Correct_pool_passes_every_check_at_the_katas_own_budget(string variant) =>
        RuleCorpusAssert.PassesEveryCheckAsync(Kata, variant, quick: false);
}
