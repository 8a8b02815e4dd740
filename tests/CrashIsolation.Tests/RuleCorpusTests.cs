using KitchenKatas.Tests.Shared;

namespace KitchenKatas.CrashIsolation.Tests;

/// <summary>
/// Kata 3's rule-breaker corpus (RuleBreakers/) and its correct supervisors (CorrectVariants/), run as
/// <c>kitchen grade</c> runs them: one build of the kata each. The default suite runs a few breakers through the checks
/// of their own rule (see <see cref="InDefaultSuite"/>); the reference supervisor runs every check in
/// <see cref="SolutionTests"/>. The full matrix is in the slow category:
/// <c>dotnet test tests/CrashIsolation.Tests -s tests/CrashIsolation.Tests/slow.runsettings</c>, or
/// <c>kitchen-bench corpus --kata crash-isolation</c>.
/// </summary>
[TestFixture]
[NonParallelizable] // every run builds the kata into its own bin/, and the checks time the tabs
public sealed class RuleCorpusTests
{
    private const string Kata = "crash-isolation";

    // A build costs more than most checks, so the default suite keeps to rule 1 (held by the build: a changed public
    // method does not compile against the checks), a timed-out tab that is restarted (task 7's evening with a hanging
    // page) and a supervisor that opens one tab at a time (check 6's waiter alone).
    private static readonly string[] InDefaultSuite = ["public-method-changed", "restarts-timed-out-tabs", "one-tab-at-a-time"];

    private static IEnumerable<string> Breakers => RuleCorpusAssert.BreakerNames(Kata);

    private static IEnumerable<string> QuickBreakers => Breakers.Intersect(InDefaultSuite);

    private static IEnumerable<string> CorrectSupervisors => RuleCorpusAssert.CorrectVariantNames(Kata);

    // The corpus runs time tabs too: none of them runs beside the end-to-end runs (KataRuns) of another fixture.
    [OneTimeSetUp]
    public void WaitForTheEndToEndRuns() => KataRuns.WaitForAll();

    [TestCaseSource(nameof(QuickBreakers))]
    public Task Breaker_fails_the_checks_of_the_rule_it_breaks(string breaker) =>
        RuleCorpusAssert.BreaksOnlyItsRuleAsync(Kata, breaker, allChecks: false);

    [Category("Slow")]
    [TestCaseSource(nameof(Breakers))]
    public Task Breaker_fails_exactly_the_checks_it_names_and_passes_all_others(string breaker) =>
        RuleCorpusAssert.BreaksOnlyItsRuleAsync(Kata, breaker, allChecks: true);

    [Category("Slow")]
    [TestCaseSource(nameof(CorrectSupervisors))]
    public Task Correct_supervisor_passes_every_check(string variant) =>
        RuleCorpusAssert.PassesEveryCheckAsync(Kata, variant, quick: false);
}
