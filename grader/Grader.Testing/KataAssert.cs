using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Hints;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Platforms;
using KitchenKatas.Grader.Stress;
using NUnit.Framework;

namespace KitchenKatas.Grader.Testing;

/// <summary>Assertions for kata checks, worded for a beginner.</summary>
public static class KataAssert
{
    /// <summary>The words every "not judged" check starts with; <c>kitchen grade</c> counts such checks apart.</summary>
    public const string NotJudgedPrefix = Katas.NotJudged.OnThisMachine + ": ";

    // One test run checks one set of learner files, so every race check shares the copies rebuilt from them (the
    // explorer's, the noise phase's), as the bench's catalog does: each was compiled again for every scenario, about
    // 4 s of a solved kata 1. The budgets' clocks start after the build, so no check runs shorter; the test host's
    // exit unloads them.
    private static readonly BuildCache RunBuilds = new();

    /// <summary>
    /// Ends the check as "not judged on this machine" with <paramref name="reason"/>: never a silent pass, never a
    /// failure of code that may be right. For checks that need something this machine cannot give.
    /// </summary>
    public static void NotJudgedHere(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Assert.Ignore(NotJudgedPrefix + reason);
    }

    /// <summary>
    /// Goes on when this machine gives <paramref name="need"/>; otherwise ends the check as not judged here, saying why.
    /// List the need in kata.json too (<c>"needs"</c>), so <c>kitchen doctor</c> can tell before anything is built.
    /// </summary>
    public static void Needs(MachineNeed need)
    {
        if (Platform.Current.Lacks(need) is { } reason)
        {
            NotJudgedHere(reason);
        }
    }

    /// <summary>
    /// Ends the check as "not judged" because <paramref name="reason"/>: it could not tell right from wrong on this
    /// machine. The learner sees it skipped with the reason; the grader reports it not judged, with no points either
    /// way, and tries it once more with the machine to itself. Never use it for a verdict the check could reach.
    /// </summary>
    public static void NotJudged(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Assert.Ignore($"{Katas.NotJudged.Prefix}: {reason}");
    }

    /// <summary>
    /// Explores the schedules of <paramref name="scenario"/> one chef at a time and fails with the interleaving that
    /// breaks it (and a token that replays it); then shakes it on every core, and again with noise, for the kata's
    /// stress budget, and fails with the histogram and the story's explanation if any trial ends in a forbidden outcome.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void NoRace(IStressScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var build = KataBuildInfo.Of(Assembly.GetCallingAssembly());
        var manifest = build?.LoadManifest();
        var options = StressBudget.Resolve(manifest?.Stress ?? new StressSettings());
        var result = RaceCheck.Run(scenario, build?.LearnerFiles(), options, ExplorerBudget.Resolve(settings: manifest?.Explorer), cache: RunBuilds, say: KataEvidence.Say, starting: KataSteps.At);
        var hints = build is null ? null : $"{Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(build.KataDir)), "README.md")}, section \"Hints\"";
        if (result.Interleaving is { } interleaving)
        {
            // Handed to the grader as data too, so a CI summary can draw it.
            CheckData.Hand(TestContext.CurrentContext.Test.FullName, "interleaving", new
            {
                interleaving.Title,
                interleaving.Chefs,
                Rows = interleaving.Rows.Select(r => new { r.Chef, r.Text, r.Location, r.Note }),
                Expected = interleaving.Expectation,
                interleaving.Found,
                interleaving.ReplayToken,
            });
            Assert.Fail(ExplainInterleaving(result.Exploration!, interleaving, hints));
        }

        // What the explorer and each phase found was said as it happened (KataEvidence); the grader gets the tables.
        foreach (var phase in result.Phases)
        {
            CheckData.Hand(TestContext.CurrentContext.Test.FullName, "stress-histogram", new
            {
                phase.Title,
                phase.Options.Mode,
                Verdict = phase.Verdict.ToString(),
                phase.Trials,
                ElapsedMs = Math.Round(phase.Elapsed.TotalMilliseconds, 1),
                TimeToDetectionMs = phase.TimeToDetection is { } t ? Math.Round(t.TotalMilliseconds, 3) : (double?)null,
                Rows = phase.Histogram.Select(r => new { r.Outcome, r.Count, r.Percent, Grade = r.Grade.ToString(), r.Meaning }),
            });
        }

        if (result.Failure is { } failure)
        {
            Assert.Fail(StressReport.Describe(failure, hints));
        }
    }

    private static string ExplainInterleaving(ExplorationResult exploration, InterleavingReport interleaving, string? hints)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{interleaving.Title}.");
        var minimal = exploration.CompleteUpTo >= interleaving.ContextSwitches - 1 ? " No schedule with fewer context switches breaks it." : "";
        text.AppendLine(exploration.Replayed
            ? "The explorer ran your code one chef at a time, in the schedule of your replay token."
            : string.Create(CultureInfo.InvariantCulture, $"The explorer ran your code one chef at a time, choosing who goes next; schedule {exploration.SchedulesExplored:N0} broke it.{minimal}"));
        if (exploration.Note is { } note)
        {
            text.AppendLine(note);
        }

        text.AppendLine();
        text.Append(interleaving);
        if (hints is not null)
        {
            text.AppendLine();
            text.AppendLine(HintBook.Footer(hints));
        }

        return text.ToString();
    }
}
