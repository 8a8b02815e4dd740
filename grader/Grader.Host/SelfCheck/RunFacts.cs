using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.SelfCheck;

/// <summary>
/// Judges one <c>dotnet test</c> run of a kata's checks: against the starter, each check must end as its [Check] declares
/// declares (<see cref="KataCheckInfo.Starter"/>); against the reference solution, every check must pass.
/// </summary>
public static class RunFacts
{
    /// <summary>The facts of a run against the starter.</summary>
    public static IReadOnlyList<SelfCheckFact> Starter(KataInfo kata, KataTestRun run)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(run);
        var name = kata.FolderName;
        if (run.NoResults)
        {
            return [NothingRan(kata, run, "starter")];
        }

        var facts = new List<SelfCheckFact> { EveryTestIsACheck(kata, run) };
        foreach (var (check, number) in kata.Manifest.Checks.Select((c, i) => (c, i + 1)))
        {
            var outcome = run.Tests.FirstOrDefault(t => string.Equals(t.FullName, check.Test, StringComparison.Ordinal));
            var fact = $"Starter {Verb(check.Starter)} check {number}: {check.Title}";
            if (outcome is null)
            {
                facts.Add(SelfCheckFact.Broken(name, fact, "the check did not run", $"Declare check {number} with [Check({number}, ...)] on the NUnit test it is, in katas/{name}/Checks."));
                continue;
            }

            var holds = check.Starter switch
            {
                StarterVerdict.Fails => !outcome.Passed,
                StarterVerdict.Passes => outcome.Passed,
                _ => true,
            };
            facts.Add(SelfCheckFact.Of(name, fact, holds,
                outcome.Passed ? "passed" : $"failed: {FirstLine(outcome.Message)}",
                check.Starter == StarterVerdict.Passes
                    ? $"The starter should pass this check: make the check accept katas/{name}'s starter, or drop Starter = StarterVerdict.Passes from its [Check]."
                    : $"The starter passed a check it must fail: the check cannot catch the starter's bug. Strengthen the check, or give its [Check] Starter = StarterVerdict.Passes if the starter does this right."));
        }

        return facts;
    }

    /// <summary>The facts of a run against the reference solution.</summary>
    public static IReadOnlyList<SelfCheckFact> Solution(KataInfo kata, KataTestRun run)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(run);
        if (run.NoResults)
        {
            return [NothingRan(kata, run, "reference solution")];
        }

        var failed = kata.Manifest.Checks
            .Select((c, i) => (Number: i + 1, Outcome: run.Tests.FirstOrDefault(t => string.Equals(t.FullName, c.Test, StringComparison.Ordinal))))
            .Where(c => c.Outcome is not { Passed: true })
            .Select(c => $"check {c.Number} {(c.Outcome is null ? "did not run" : $"failed: {FirstLine(c.Outcome.Message)}")}")
            .ToArray();
        return
        [
            SelfCheckFact.Of(kata.FolderName, "Reference solution passes every check", failed.Length == 0,
                failed.Length == 0 ? $"{kata.Manifest.Checks.Count}/{kata.Manifest.Checks.Count} passed" : string.Join("; ", failed),
                $"A correct solution must never fail: fix solutions/{kata.FolderName}, or the check that failed it (a false positive)."),
        ];
    }

    private static SelfCheckFact EveryTestIsACheck(KataInfo kata, KataTestRun run)
    {
        var listed = kata.Manifest.Checks.Select(c => c.Test).ToHashSet(StringComparer.Ordinal);
        var unlisted = run.Tests.Select(t => t.FullName).Where(t => !listed.Contains(t)).Distinct(StringComparer.Ordinal).ToArray();
        return SelfCheckFact.Of(kata.FolderName, "Every test in Checks/ is a declared check", unlisted.Length == 0,
            unlisted.Length == 0 ? $"{run.Tests.Count} tests ran" : $"not declared with [Check]: {string.Join(", ", unlisted)}",
            "Mark each test with [Check(number, \"title\", Points = n)] instead of [Test], or remove it: an undeclared test scores nothing.");
    }

    private static SelfCheckFact NothingRan(KataInfo kata, KataTestRun run, string what) =>
        SelfCheckFact.Broken(kata.FolderName, $"The checks run against the {what}",
            $"no test results: {run.Process.Describe()} {FirstLine(Tail(run.Process.StandardOutput))}",
            $"Build it yourself to see why: dotnet test katas/{kata.FolderName}{(what == "starter" ? "" : " -p:KataSolution=true")}");

    private static string Verb(StarterVerdict verdict) => verdict switch
    {
        StarterVerdict.Fails => "fails",
        StarterVerdict.Passes => "passes",
        _ => "may pass (busy machine)",
    };

    private static string Tail(string text) =>
        string.Join(" ", text.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(3));

    internal static string FirstLine(string? text)
    {
        var line = (text ?? "").Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return line.Length <= 120 ? line : line[..117] + "...";
    }
}
