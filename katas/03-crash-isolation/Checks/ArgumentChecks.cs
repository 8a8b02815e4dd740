using Kitchen.CrashIsolation.Checks.Harness;
using NUnit.Framework;
using KitchenKatas.Grader.Testing;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>Check 9: bad options and missing jobs are refused at once, with the exception .NET uses for each, naming what was wrong.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ArgumentChecks
{
    // For each call of BadArgumentCalls.Calls, in its order: the exception expected, the word it must name, why, and a way to say it.
    private static readonly (Type Exception, string Names, string Why, string Fix)[] Expected =
    [
        (typeof(ArgumentNullException), "options", "a supervisor with no options knows nothing", "ArgumentNullException.ThrowIfNull(options)"),
        (typeof(ArgumentException), "WorkerPath", "with no tab program there is nothing to start", "ArgumentException.ThrowIfNullOrEmpty(options.WorkerPath)"),
        (typeof(ArgumentOutOfRangeException), "MaxConcurrentWorkers", "with no room for a single tab, every tab would wait for ever", "ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentWorkers, 1)"),
        (typeof(ArgumentOutOfRangeException), "MaxRestarts", "a tab cannot be started again a negative number of times", "ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRestarts)"),
        (typeof(ArgumentNullException), "job", "there is no page to open", "ArgumentNullException.ThrowIfNull(job)"),
        (typeof(ArgumentNullException), "jobs", "there are no pages to open", "ArgumentNullException.ThrowIfNull(jobs)"),
    ];

    [Check(9, "Bad options and missing jobs are refused with a clear exception", Points = 5)]
    public void Bad_options_and_missing_jobs_are_refused_with_a_clear_exception()
    {
        var report = HarnessRun.Of(KitchenScenarios.BadArguments).Returned();
        Assert.That(report.Refusals.Select(r => r.Call), Is.EqualTo(BadArgumentCalls.Calls), "The harness did not make every call.");
        Assert.Multiple(() =>
        {
            foreach (var (refusal, (exception, names, why, fix)) in report.Refusals.Zip(Expected))
            {
                var thrown = refusal.Thrown is null ? null : Type.GetType(refusal.Thrown);
                var right = thrown is not null && exception.IsAssignableFrom(thrown);
                var named = refusal.ParamName == names || (exception != typeof(ArgumentNullException) && $"{refusal.ParamName} {refusal.Message}".Contains(names, StringComparison.Ordinal));
                Assert.That(right && named, Is.True,
                    $"{refusal.Call} should throw {exception.Name} naming {names} at once, because {why}; it {Did(refusal)}. "
                    + $"For example: {fix}. {KitchenFire.Hints}");
            }
        });
    }

    private static string Did(Refusal refusal) => refusal switch
    {
        { StillRunning: true } => "neither threw nor returned within the harness's patience",
        { Thrown: null } => "did not complain",
        _ => $"threw {refusal.Thrown} (parameter {refusal.ParamName ?? "not named"}): {refusal.Message}",
    };
}
