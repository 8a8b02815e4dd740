using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Stress;

namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Builds the learner's files again with <see cref="SourceInstrumenter"/> (beside the file that declares the scenario),
/// and explores the scenario from that build. Anything the explorer cannot model ends in
/// <see cref="ExplorationVerdict.CannotModel"/>, never in a failure.
/// </summary>
public static class ExplorationBuild
{
    /// <summary>The rewrite's name in a <see cref="BuildCache"/>.</summary>
    public const string RewriteName = "explore";

    /// <summary>The scenario from the instrumented build of <paramref name="learnerFiles"/>; disposing it unloads the build.</summary>
    /// <param name="scenario">The scenario as compiled into the checks.</param>
    /// <param name="learnerFiles">The learner files the checks were built from.</param>
    /// <param name="cache">Keeps the build for the rest of a run (and unloads it then); null for a build of its own.</param>
    /// <exception cref="UnmodelledCodeException">The code cannot be modelled, or its instrumented copy does not build.</exception>
    public static RebuiltScenario Instrumented(IStressScenario scenario, IReadOnlyList<string> learnerFiles, BuildCache? cache = null)
    {
        try
        {
            return InstrumentedScenarios.Rebuild(scenario, learnerFiles, RewriteName, SourceInstrumenter.Instrument, cache);
        }
        catch (BuildFailedException e)
        {
            throw new UnmodelledCodeException("the instrumented copy did not compile: " + e.Errors.FirstOrDefault(), e);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidOperationException)
        {
            throw new UnmodelledCodeException(e.Message, e);
        }
    }

    /// <summary>Builds the instrumented copy, explores <paramref name="scenario"/> in it, and unloads it (unless a cache keeps it).</summary>
    /// <param name="scenario">The scenario as compiled into the checks.</param>
    /// <param name="learnerFiles">The learner files the checks were built from.</param>
    /// <param name="options">How far and how long to search.</param>
    /// <param name="cache">Keeps the build for the rest of a run; null builds afresh and unloads it afterwards.</param>
    public static ExplorationResult Explore(IStressScenario scenario, IReadOnlyList<string> learnerFiles, ExplorerOptions options, BuildCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(learnerFiles);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            using var instrumented = Instrumented(scenario, learnerFiles, cache);
            return ScheduleExplorer.Explore(instrumented.Scenario, options);
        }
        catch (UnmodelledCodeException e)
        {
            return CannotModel(options, e.Message.TrimEnd('.'));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault of the explorer's own is never the learner's: stress alone judges the code.
            return CannotModel(options, $"the explorer failed with {e.GetType().Name}: {e.Message.TrimEnd('.')}");
        }
    }

    private static ExplorationResult CannotModel(ExplorerOptions options, string reason) => new()
    {
        Verdict = ExplorationVerdict.CannotModel,
        SchedulesExplored = 0,
        Bound = options.MaxContextSwitches,
        CompleteUpTo = -1,
        Note = $"The explorer cannot model this code ({reason}); the check relies on stress alone.",
    };
}
