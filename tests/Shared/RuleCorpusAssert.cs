using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;
using NUnit.Framework;

namespace KitchenKatas.Tests.Shared;

// Shared by the tests of each kata (compiled into each, see their .csproj): the host assembly holds the corpus, and a kata's
// checks never load it, so this NUnit glue lives with the tests, not in Grader.Testing.
/// <summary>
/// The project's own tests of a kata's rule-breaker corpus (<see cref="RuleCorpus"/>): each breaker fails exactly the
/// checks its breaks.json names, each correct variant passes them all, run the way <c>kitchen grade</c> runs them.
/// </summary>
public static class RuleCorpusAssert
{
    /// <summary>
    /// Stress and explorer budgets of the quick runs in the default suite, as a <c>KITCHEN_STRESS_SCALE</c>: a quarter
    /// of the kata's own. The full budgets run in the slow matrix and in <c>kitchen-bench corpus</c> and <c>soak</c>.
    /// </summary>
    public const string QuickScale = "0.25";

    /// <summary>The kata with id <paramref name="kataId"/> in this repository.</summary>
    public static KataInfo Kata(string kataId) =>
        KataLocator.FindAll(RepoRoot).Single(k => k.Manifest.Id == kataId);

    /// <summary>The names of the kata's rule breakers (test case source).</summary>
    public static IEnumerable<string> BreakerNames(string kataId) => RuleCorpus.Breakers(RepoRoot, Kata(kataId)).Select(b => b.Name);

    /// <summary>The names of the kata's correct variants (test case source).</summary>
    public static IEnumerable<string> CorrectVariantNames(string kataId) => RuleCorpus.CorrectVariants(RepoRoot, Kata(kataId)).Select(v => v.Name);

    /// <summary>
    /// Runs breaker <paramref name="name"/> through the checks of the rule it breaks (a quick run) or through every
    /// check (<paramref name="allChecks"/>), and fails unless each ends as its breaks.json promises.
    /// </summary>
    public static async Task BreaksOnlyItsRuleAsync(string kataId, string name, bool allChecks)
    {
        var kata = Kata(kataId);
        var breaker = RuleCorpus.Breakers(RepoRoot, kata).Single(b => b.Name == name);
        var only = allChecks ? null : CorpusRunner.OwnRuleChecks(kata, breaker);
        var verdict = await CorpusRunner.RunAsync(kata, breaker, only, allChecks ? null : Quick).ConfigureAwait(false);
        Assert.That(verdict.Ran, Is.Not.Empty, $"{name}: no check ran.");
        Assert.That(verdict.AsPromised, Is.True, () => $"{breaker.Breach!.Rule}: {breaker.Breach.Why}\n{verdict.Describe()}");
    }

    /// <summary>
    /// Runs correct variant <paramref name="name"/> through every check but <paramref name="skip"/> (method names),
    /// and fails if any check fails.
    /// </summary>
    public static async Task PassesEveryCheckAsync(string kataId, string name, bool quick, params string[] skip)
    {
        var kata = Kata(kataId);
        var variant = RuleCorpus.CorrectVariants(RepoRoot, kata).Single(v => v.Name == name);
        var only = kata.Manifest.Checks.Select(c => RuleMap.MethodName(c.Test)).Except(skip, StringComparer.Ordinal).ToArray();
        var verdict = await CorpusRunner.RunAsync(kata, variant, skip.Length == 0 ? null : only, quick ? Quick : null).ConfigureAwait(false);
        Assert.That(verdict.Ran, Has.Count.EqualTo(only.Length));
        Assert.That(verdict.AsPromised, Is.True, () => $"False positive on a correct {kata.FolderName} variant:\n{verdict.Describe()}");
    }

    private static Dictionary<string, string?> Quick => new() { [StressBudget.ScaleVariable] = QuickScale };

    private static string RepoRoot { get; } =
        KataLocator.FindRepoRoot(AppContext.BaseDirectory) ?? throw new DirectoryNotFoundException($"No KitchenKatas.slnx above {AppContext.BaseDirectory}.");
}
