using Kitchen.CrashIsolation.Checks.Harness;
using NUnit.Framework;
using KitchenKatas.Grader.Testing;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>
/// Check 5: after the evening of checks 1 to 3 (it reads the same one), nothing the supervisor started is still
/// running. A class of its own, so it runs fifth, after check 4 (NUnit runs a class's checks together).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class LeftoverChecks
{
    private static HarnessScenario Evening => KitchenScenarios.EveryPage;

    [Check(5, "No process the supervisor started outlives RunAllAsync", Points = 10)]
    public void No_process_the_supervisor_started_outlives_RunAllAsync()
    {
        var report = HarnessRun.Of(Evening).Returned();
        Assert.That(report.Survivors, Is.Empty,
            $"After RunAllAsync returned (and {(Margins.ToDisappear + report.Allowance).TotalSeconds:0.#} s more), these processes were still running: "
            + TabExpectations.Show(report.Survivors)
            + ". Every tab, and everything a tab started, must be gone when the supervisor returns: kill the whole process tree, and wait for the tab to exit. "
            + KitchenFire.Hints);
    }
}
