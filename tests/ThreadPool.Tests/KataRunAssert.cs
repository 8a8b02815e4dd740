using KitchenKatas.Grader.Katas;

namespace KitchenKatas.ThreadPool.Tests;

/// <summary>Asserts on one run of kata 2's checks, with the run's output in every failure.</summary>
internal static class KataRunAssert
{
    public const string HintPointer = "02-thread-pool/README.md, section \"Hints\"";

    /// <summary>The check named <paramref name="test"/> (method name) failed, and its message explains why with <paramref name="reason"/>.</summary>
    public static void FailsWith(KataTestRun run, string test, params string[] reason)
    {
        var outcome = Outcome(run, test);
        Assert.That(outcome.Passed, Is.False, $"{test} must fail.");
        Assert.That(outcome.Message, Does.Contain(HintPointer), $"{test} must point at the hints.");
        Assert.That(reason.Any(r => outcome.Message!.Contains(r, StringComparison.Ordinal)), Is.True,
            $"{test} must say why, with one of: {string.Join(" | ", reason)}\nIt said:\n{outcome.Message}");
    }

    /// <summary>The check named <paramref name="test"/> (method name) passed.</summary>
    public static void Passes(KataTestRun run, string test)
    {
        var outcome = Outcome(run, test);
        Assert.That(outcome.Passed, Is.True, $"{test} must pass. It said:\n{outcome.Message}");
    }

    private static TestOutcome Outcome(KataTestRun run, string test)
    {
        Assert.That(run.NoResults, Is.False, () => $"No test results (build failed or the run died):\n{Tail(run.Process.StandardOutput)}\n{Tail(run.Process.StandardError)}");
        var outcome = run.Find("." + test);
        Assert.That(outcome, Is.Not.Null, $"{test} did not run. Ran: {string.Join(", ", run.Tests.Select(t => t.FullName))}");
        return outcome!;
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
