using System.Globalization;
using System.Text.RegularExpressions;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Grading;

/// <summary>
/// Decides whether a run's results file may be believed. Learner code runs as the same user as the test platform and
/// can find and rewrite the results file; what it cannot easily forge as well is the test platform's own summary line
/// on the console and the exit code of <c>dotnet test</c>, which is 0 only when every test passed and nothing else
/// went wrong. Results count only when they tell the same story.
/// </summary>
public static partial class RunTrust
{
    /// <summary>Why the results of <paramref name="run"/> must not be believed, or null when they may be.</summary>
    public static string? Distrust(KataTestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.NoResults)
        {
            return null; // nothing to believe or doubt
        }

        var summaries = Summary().Matches(run.Process.StandardOutput);
        if (summaries.Count != 1)
        {
            return summaries.Count == 0
                ? "the test runner never printed its summary, so the results file was not written by it"
                : "the console holds more than one test summary, so some of it was not written by the test runner";
        }

        var passed = Count(summaries[0], "passed");
        var failed = Count(summaries[0], "failed");
        var seenPassed = run.Tests.Count(t => t.Passed);
        var seenFailed = run.Tests.Count(t => string.Equals(t.Outcome, "Failed", StringComparison.OrdinalIgnoreCase));
        if (passed != seenPassed || failed != seenFailed)
        {
            return $"the test runner counted {passed} passed and {failed} failed, the results file {seenPassed} and {seenFailed}";
        }

        return null;
    }

    /// <summary>
    /// True when every test passed and the runner agrees, yet <c>dotnet test</c> failed: the test platform saw an
    /// error outside the tests (an exception on a thread of the learner's own, say), so the run as a whole failed.
    /// </summary>
    public static bool FailedOutsideChecks(KataTestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return !run.NoResults && run.Tests.All(t => t.Passed) && run.Process.ExitCode != 0;
    }

    /// <summary>True when the test platform says the test host died before the run was over.</summary>
    public static bool Aborted(KataTestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        // The test platform prints this on standard error as often as on standard output.
        return Says(run, "Test Run Aborted") || Says(run, "The active test run was aborted");
    }

    private static bool Says(KataTestRun run, string words) =>
        run.Process.StandardOutput.Contains(words, StringComparison.Ordinal) || run.Process.StandardError.Contains(words, StringComparison.Ordinal);

    private static int Count(Match summary, string group) =>
        int.Parse(summary.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    // "Passed!  - Failed:     0, Passed:     6, Skipped:     0, Total:     6, Duration: ..." as the test platform prints it.
    [GeneratedRegex(@"^(Passed|Failed)!\s+-\s+Failed:\s+(?<failed>\d+),\s+Passed:\s+(?<passed>\d+),\s+Skipped:\s+\d+,\s+Total:\s+\d+", RegexOptions.Multiline)]
    private static partial Regex Summary();
}
