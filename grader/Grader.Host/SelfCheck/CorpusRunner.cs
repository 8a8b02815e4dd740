using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.SelfCheck;

/// <summary>How one corpus entry fared against the checks that ran.</summary>
/// <param name="Entry">The breaker or correct variant.</param>
/// <param name="Ran">The checks run (method names), in the kata's order.</param>
/// <param name="Failed">Those of them that failed (a build that failed fails them all).</param>
/// <param name="Messages">The failure message of each failed check.</param>
/// <param name="Elapsed">Build and run together.</param>
/// <param name="RuleChecks">The checks of the rule a breaker breaks (kata.json); empty for a correct variant.</param>
public sealed record CorpusVerdict(
    CorpusEntry Entry, IReadOnlyList<string> Ran, IReadOnlyList<string> Failed, IReadOnlyDictionary<string, string> Messages, TimeSpan Elapsed, IReadOnlyList<string> RuleChecks)
{
    /// <summary>
    /// The checks that ended otherwise than the entry promises: one it must fail that passed, or one that failed although
    /// it is neither promised nor a check of the broken rule. A check of that rule may catch the breaker too (check 1
    /// of kata 2 sees a <c>Drain</c> that returns early in some runs and not in others): the promise is that the
    /// rule's checks catch it and the other checks leave it alone.
    /// </summary>
    public IReadOnlyList<string> Unexpected =>
        Ran.Where(c => Entry.MustFail.Contains(c, StringComparer.Ordinal)
            ? !Failed.Contains(c, StringComparer.Ordinal)
            : Failed.Contains(c, StringComparer.Ordinal) && !RuleChecks.Contains(c, StringComparer.Ordinal)).ToArray();

    /// <summary>True when every check that ran ended as the entry promises.</summary>
    public bool AsPromised => Unexpected.Count == 0;

    /// <summary>One line per unexpected check, with its message: what a failing test or the bench prints.</summary>
    public string Describe() =>
        string.Join("\n", Unexpected.Select(c => Failed.Contains(c, StringComparer.Ordinal)
            ? $"{Entry.Name}: {c} failed but must pass: {Messages.GetValueOrDefault(c)}"
            : $"{Entry.Name}: {c} passed but must fail ({Entry.Breach?.Why})"));
}

/// <summary>
/// Runs a corpus entry through its kata's checks the way <c>kitchen grade</c> does: only the kata's learner files
/// are taken from the entry's folder (so a helper file beside them counts for nothing), then one <c>dotnet test</c>.
/// </summary>
public static class CorpusRunner
{
    /// <summary>
    /// Builds the checks against <paramref name="entry"/>'s learner files and runs <paramref name="only"/> (method
    /// names; every check when null). <paramref name="environment"/> goes to the run (stress scale, say).
    /// </summary>
    public static async Task<CorpusVerdict> RunAsync(
        KataInfo kata, CorpusEntry entry, IReadOnlyCollection<string>? only = null, IReadOnlyDictionary<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(entry);
        var checks = kata.Manifest.Checks.Where(c => only is null || only.Contains(RuleMap.MethodName(c.Test))).ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var copy = SubmissionCopy.Take(kata, entry.Folder);
        var run = await KataTestRunner.RunAsync(
            new KataTestRequest(kata.Folder)
            {
                SourceDir = copy.Folder,
                Filter = only is null ? null : KataTestRequest.FilterFor(checks.Select(c => c.Test)),
                Environment = environment ?? new Dictionary<string, string?>(),
                // A kata-2 run took more than 10 minutes on 2 cores at a load average near 90.
                Timeout = TimeSpan.FromMinutes(20),
            },
            cancellationToken).ConfigureAwait(false);

        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var check in checks)
        {
            var outcome = run.Tests.FirstOrDefault(t => t.FullName == check.Test);
            if (outcome is not { Passed: true })
            {
                messages[RuleMap.MethodName(check.Test)] = outcome?.Message
                    ?? (run.NoResults ? $"no results (the build failed or the run died): {Tail(run.Process.StandardOutput)}" : "did not run");
            }
        }

        var ruleChecks = kata.Manifest.Rules.FirstOrDefault(r => r.Id == entry.Breach?.Rule)?.Checks ?? [];
        return new CorpusVerdict(entry, checks.Select(c => RuleMap.MethodName(c.Test)).ToArray(),
            checks.Select(c => RuleMap.MethodName(c.Test)).Where(messages.ContainsKey).ToArray(), messages, clock.Elapsed, ruleChecks);
    }

    /// <summary>
    /// The checks a short run of <paramref name="breaker"/> needs to show its rule is guarded: those of the rule it
    /// breaks that it promises to fail, or, for a rule no check guards (held by the grader itself), every check it
    /// promises to fail. That the others pass is the full matrix's job: it costs a run of every check.
    /// </summary>
    public static IReadOnlyList<string> OwnRuleChecks(KataInfo kata, CorpusEntry breaker)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(breaker);
        var rule = kata.Manifest.Rules.FirstOrDefault(r => r.Id == breaker.Breach?.Rule);
        var own = rule is { Checks.Count: > 0 } ? breaker.MustFail.Intersect(rule.Checks, StringComparer.Ordinal).ToArray() : [];
        return own.Length > 0 ? own : breaker.MustFail;
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}
