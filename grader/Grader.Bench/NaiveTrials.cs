using System.Diagnostics;
using KitchenKatas.Grader.Stress;

namespace KitchenKatas.Grader.Bench;

/// <summary>
/// The test a beginner writes first: start one thread per chef, let them go, join, check the result; again and again.
/// No start gate, no pinning, no noise: the baseline the explorer and the stress engine are measured against.
/// </summary>
internal static class NaiveTrials
{
    /// <summary>Time until the first forbidden outcome or exception, or null if none came in <paramref name="trials"/> trials.</summary>
    public static TimeSpan? TimeToDetection(IStressScenario scenario, int trials)
    {
        var run = typeof(NaiveTrials).GetMethod(nameof(Run), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(scenario.GetType().GetGenericArguments());
        return (TimeSpan?)run.Invoke(null, [scenario, trials]);
    }

    private static TimeSpan? Run<TState, TOutcome>(StressScenario<TState, TOutcome> scenario, int trials)
        where TState : class
        where TOutcome : notnull
    {
        var clock = Stopwatch.StartNew();
        for (var trial = 0; trial < trials; trial++)
        {
            var state = scenario.CreateState();
            var failed = false;
            var threads = scenario.Chefs.Select(a => new Thread(() =>
            {
                try
                {
                    a.Act(state);
                }
                catch (Exception)
                {
                    failed = true;
                }
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            if (failed || scenario.Classify(scenario.Arbiter(state)).Grade == OutcomeGrade.Forbidden)
            {
                return clock.Elapsed;
            }
        }

        return null;
    }
}
