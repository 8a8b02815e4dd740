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
    /// <summary>The rewrite's name in the build cache.</summary>
    public const string RewriteName = "explore";

    /// <summary>The scenario from the instrumented build of <paramref name="learnerFiles"/>.</summary>
    /// <exception cref="UnmodelledCodeException">The code cannot be modelled, or its instrumented copy does not build.</exception>
    public static IStressScenario Instrumented(IStressScenario scenario, IReadOnlyList<string> learnerFiles)
    {
        try
        {
            return InstrumentedScenarios.Rebuild(scenario, learnerFiles, RewriteName, SourceInstrumenter.Instrument);
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

    /// <summary>Builds the instrumented copy and explores <paramref name="scenario"/> in it.</summary>
    public static ExplorationResult Explore(IStressScenario scenario, IReadOnlyList<string> learnerFiles, ExplorerOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(learnerFiles);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return Instrumented(scenario, learnerFiles).Explore(options);
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
