using System.Globalization;
using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Stress;

namespace KitchenKatas.Grader.Katas;

/// <summary>What a race check saw in each of its phases.</summary>
/// <param name="Phases">One stress result per phase that ran, in order.</param>
/// <param name="Notes">Anything the learner should know about how the check ran (a phase skipped, and why).</param>
public sealed record RaceCheckResult(IReadOnlyList<StressResult> Phases, IReadOnlyList<string> Notes)
{
    /// <summary>What the explorer found, when it ran first; a failing exploration ends the check before any stress.</summary>
    public ExplorationResult? Exploration { get; init; }

    /// <summary>True when the explorer found no failing schedule and no phase saw a forbidden outcome, an exception or a hang.</summary>
    public bool Passed => (Exploration?.Passed ?? true) && Phases.All(p => p.Passed);

    /// <summary>The explorer's failing interleaving, if it found one.</summary>
    public InterleavingReport? Interleaving => Exploration is { Verdict: ExplorationVerdict.FailureFound } found ? found.Interleaving : null;

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
    public static RaceCheckResult Run(IStressScenario scenario, IReadOnlyList<string>? learnerFiles, StressOptions options) =>
        Run(scenario, learnerFiles, options, explorer: null, cache: null);

    /// <summary>
    /// Runs the explorer first (fast, and it explains), then both stress phases on the unmodified and the noisy build.
    /// When the explorer cannot model the code, the check relies on stress alone and says so.
    /// </summary>
    /// <param name="scenario">The scenario as compiled into the checks.</param>
    /// <param name="learnerFiles">The learner files the checks were built from; null skips the explorer and the noise phase.</param>
    /// <param name="options">Budget and seed for the stress phases.</param>
    /// <param name="explorer">How far the explorer searches; null skips it.</param>
    public static RaceCheckResult Run(IStressScenario scenario, IReadOnlyList<string>? learnerFiles, StressOptions options, ExplorerOptions? explorer) =>
        Run(scenario, learnerFiles, options, explorer, cache: null);

    /// <summary>
    /// Runs the explorer first (when <paramref name="explorer"/> is set), then both stress phases; the rebuilt copies
    /// (instrumented, noisy) are kept in <paramref name="cache"/> for the rest of a run, or unloaded right after use.
    /// </summary>
    /// <param name="scenario">The scenario as compiled into the checks.</param>
    /// <param name="learnerFiles">The learner files the checks were built from; null skips the explorer and the noise phase.</param>
    /// <param name="options">Budget and seed for the stress phases.</param>
    /// <param name="explorer">How far the explorer searches; null skips it.</param>
    /// <param name="cache">Keeps rebuilt copies until it is disposed; null unloads each after its phase.</param>
    /// <param name="say">Told what each step found as soon as it ends (the explorer, each stress phase), so a learner
    /// watching the check is never left in silence; null says nothing.</param>
    /// <param name="starting">Told as each step starts (the explorer, each stress phase), for a progress display; null tells nothing.</param>
    public static RaceCheckResult Run(
        IStressScenario scenario, IReadOnlyList<string>? learnerFiles, StressOptions options, ExplorerOptions? explorer, BuildCache? cache,
        Action<string>? say = null, Action<CheckStep>? starting = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        say ??= _ => { };
        starting ??= _ => { };
        if (explorer is null || learnerFiles is null)
        {
            return Stress(scenario, learnerFiles, options, cache, say, starting);
        }

        starting(CheckStep.Exploring);
        var exploration = ExplorationBuild.Explore(scenario, learnerFiles, explorer, cache);
        if (exploration.Verdict == ExplorationVerdict.FailureFound)
        {
            return new RaceCheckResult([], []) { Exploration = exploration };
        }

        var cut = exploration.CoveredEverySchedule && options.AfterCompleteExploration < 1;
        var said = exploration.Verdict == ExplorationVerdict.CannotModel
            ? exploration.Note!
            : cut
            ? string.Create(CultureInfo.InvariantCulture, $"The explorer found no failing schedule: it {exploration.Coverage}. That is every schedule there is, so stress only looks for what real cores add, in {options.AfterCompleteExploration:P0} of its time.")
            : $"The explorer found no failing schedule: it {exploration.Coverage}.";
        say(said);
        var stress = Stress(scenario, learnerFiles, cut ? AfterCompleteExploration(options) : options, cache, say, starting, explored: cut);
        return stress with { Exploration = exploration, Notes = [said, .. stress.Notes] };
    }

    // After a complete exploration (explored) the noise phase asks for no minimum of trials: the interleavings it stretches
    // windows for have all been run one at a time, and its trials are slow (pauses between statements), so a minimum
    // would hold it to its longest run even on a quiet machine. The real-cores phase keeps its minimum: the memory model
    // is what is left to look for.
    private static RaceCheckResult Stress(
        IStressScenario scenario, IReadOnlyList<string>? learnerFiles, StressOptions options, BuildCache? cache, Action<string> say, Action<CheckStep> starting,
        bool explored = false)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var notes = new List<string>();
        var realBudget = learnerFiles is null ? options.Budget : options.Budget * RealCoresShare;
        starting(CheckStep.OnRealCores);
        var real = scenario.Run(options with { Budget = realBudget, Mode = "real cores" });
        say($"On real cores: {StressReport.Headline(real)}");
        if (!real.Passed || learnerFiles is null)
        {
            return new RaceCheckResult([real], notes);
        }

        starting(CheckStep.WithNoise);
        RebuiltScenario noisy;
        try
        {
            noisy = InstrumentedScenarios.Rebuild(scenario, learnerFiles, "noise", NoiseInjector.Inject, cache);
        }
        catch (Exception e) when (e is BuildFailedException or FileNotFoundException or InvalidOperationException)
        {
            // Never a false failure because of the rewriter: fall back to real cores alone, and say so.
            notes.Add($"The noise phase was skipped ({FirstLine(e.Message)}); only real cores were used.");
            say(notes[^1]);
            return new RaceCheckResult([real], notes);
        }

        StressResult withNoise;
        using (noisy)
        {
            withNoise = noisy.Scenario.Run(options with
            {
                Budget = options.Budget - realBudget,
                MinTrials = explored ? 0 : options.MinTrials,
                Mode = "with noise between statements",
            });
        }

        say($"With pauses slipped between your statements: {StressReport.Headline(withNoise)}");

        return new RaceCheckResult([real, withNoise], notes);
    }

    /// <summary>
    /// The stress left once the explorer has run every schedule within its bound and found nothing: the kata's share
    /// (<see cref="StressOptions.AfterCompleteExploration"/>) of the time and of the trials. Stress then only has to look
    /// for what the explorer cannot see: the memory model of real cores, and schedules with more switches. Those fewer
    /// trials may still stretch as far as the whole budget's could, so a slow start or a busy machine still runs them all.
    /// </summary>
    public static StressOptions AfterCompleteExploration(StressOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var share = Math.Clamp(options.AfterCompleteExploration, 0.01, 1);
        return options with
        {
            Budget = options.Budget * share,
            MinTrials = (long)Math.Ceiling(options.MinTrials * share),
            MaxBudgetFactor = options.MaxBudgetFactor / share,
            AfterCompleteExploration = 1,
        };
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
