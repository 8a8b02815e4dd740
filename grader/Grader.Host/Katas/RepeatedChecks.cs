using System.Diagnostics;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// Runs chosen checks of one built kata again and again in this process, each run in a fresh load of the checks
/// (so state a check keeps for its test session starts anew, as in a fresh test host), and tallies every run.
/// </summary>
public static class RepeatedChecks
{
    /// <summary>Wall-clock limit of one check run, past which it counts as failed.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs each of <paramref name="tests"/> <paramref name="runs"/> times against <paramref name="checks"/>, in run
    /// order (every check once, then again); <paramref name="afterRun"/> is told each finished run number.
    /// </summary>
    public static IReadOnlyList<CheckTally> Run(
        CheckAssembly checks, IReadOnlyList<string> tests, int runs, Action<int, IReadOnlyList<CheckTally>>? afterRun = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(tests);
        var tallies = tests.Select(t => new CheckTally(t)).ToArray();
        for (var run = 1; run <= runs && !cancellationToken.IsCancellationRequested; run++)
        {
            RunOnce(checks, tallies);
            afterRun?.Invoke(run, tallies);
        }

        return tallies;
    }

    /// <summary>One run of every check in <paramref name="tallies"/>, in a fresh load of <paramref name="checks"/>, added to its tally.</summary>
    public static void RunOnce(CheckAssembly checks, IReadOnlyList<CheckTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(tallies);
        using var fresh = checks.Reload();
        foreach (var tally in tallies)
        {
            var started = Stopwatch.GetTimestamp();
            var failure = fresh.Run(tally.Test, CheckTimeout);
            tally.Add(new CheckRun(failure is null, Stopwatch.GetElapsedTime(started), failure));
        }
    }
}
