using KitchenKatas.Grader.Building;

namespace KitchenKatas.Grader.Stress;

/// <summary>What a race check saw in each of its phases.</summary>
/// <param name="Phases">One stress result per phase that ran, in order.</param>
/// <param name="Notes">Anything the learner should know about how the check ran (a phase skipped, and why).</param>
public sealed record RaceCheckResult(IReadOnlyList<StressResult> Phases, IReadOnlyList<string> Notes)
{
    /// <summary>True when no phase saw a forbidden outcome, an exception or a hang.</summary>
    public bool Passed => Phases.All(p => p.Passed);

    /// <summary>The phase that failed, if any.</summary>
    public StressResult? Failure => Phases.FirstOrDefault(p => !p.Passed);
}

/// <summary>
/// A race check in two phases sharing one budget: the unmodified code on real cores (the real memory model),
/// then a build of the learner's files with noise between statements (stretches the windows real cores
/// rarely hit). A check passes only if both find nothing.
/// </summary>
public static class RaceCheck
{
    /// <summary>Share of the budget given to the real-cores phase.</summary>
    public const double RealCoresShare = 0.5;

    /// <summary>Runs both phases; the noise phase is skipped, with a note, when the sources cannot be rebuilt.</summary>
    /// <param name="scenario">The scenario as compiled into the checks.</param>
    /// <param name="learnerFiles">The learner files the checks were built from; null skips the noise phase.</param>
    /// <param name="options">Budget and seed for the whole check.</param>
    public static RaceCheckResult Run(IStressScenario scenario, IReadOnlyList<string>? learnerFiles, StressOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var notes = new List<string>();
        var realBudget = learnerFiles is null ? options.Budget : options.Budget * RealCoresShare;
        var real = scenario.Run(options with { Budget = realBudget, Mode = "real cores" });
        if (!real.Passed || learnerFiles is null)
        {
            return new RaceCheckResult([real], notes);
        }

        IStressScenario noisy;
        try
        {
            noisy = InstrumentedScenarios.Rebuild(scenario, learnerFiles, "noise", NoiseInjector.Inject);
        }
        catch (Exception e) when (e is BuildFailedException or FileNotFoundException or InvalidOperationException)
        {
            // Never a false failure because of the rewriter: fall back to real cores alone, and say so.
            notes.Add($"The noise phase was skipped ({FirstLine(e.Message)}); only real cores were used.");
            return new RaceCheckResult([real], notes);
        }

        var withNoise = noisy.Run(options with { Budget = options.Budget - realBudget, Mode = "with noise between statements" });
        return new RaceCheckResult([real, withNoise], notes);
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
