using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using KitchenKatas.Grader.Pools;
using KitchenKatas.Grader.SelfCheck;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// The margins of kata 2's sweet-spot check at one or more measuring windows: each run sweeps every kitchen of the
/// check once per window (the windows in turns, so the machine's load falls on both alike) and judges, on the same
/// curve, the reference sizer's pick, the starter's, a sizer that always answers one, one that answers the cores alone,
/// and picks five times too large and five times too small, as the check judges them (<see cref="SweetSpotRule.Judge"/>). Shows how often each passes, how
/// close the reference came to failing (its lowest share of the plateau, the knee against its pick), how often the
/// first round alone passed a pick clearly (where the check stops sweeping, <see cref="SweetSpotRule.ClearPass"/>) and
/// whether such a pick then failed the whole sweep, how often it missed one clearly (where the check stops too,
/// <see cref="SweetSpotRule.ClearMiss"/>) and whether such a pick then passed the whole sweep, and what a sweep costs.
/// </summary>
internal sealed class SweepMarginsCommand : Command<SweepMarginsCommand.Settings>
{
    /// <summary>Options of the sweep-margins benchmark.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--runs <N>")]
        [Description("Sweeps of every kitchen at each window.")]
        [DefaultValue(40)]
        public int Runs { get; init; } = 40;

        [CommandOption("--window <MS>")]
        [Description("Measuring windows of one sample to compare, in milliseconds (repeatable); 200 and 100 by default.")]
        public int[] Windows { get; init; } = [];
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var cores = Environment.ProcessorCount;
        var windows = (settings.Windows.Length == 0 ? [200, 100] : settings.Windows).Select(w => TimeSpan.FromMilliseconds(w)).ToArray();
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"[bold]Kata 2, the sweet spot's margins[/]: {settings.Runs} sweeps of each kitchen at windows of {string.Join(" and ", windows.Select(w => $"{w.TotalMilliseconds:0} ms"))}, on {cores} core(s).");

        var tallies = new Dictionary<(TimeSpan Window, string Kitchen, string Sizer), Tally>();
        var seconds = windows.ToDictionary(w => w, _ => new List<double>());
        for (var run = 0; run < settings.Runs && !cancellationToken.IsCancellationRequested; run++)
        {
            // Every other run the windows go the other way round, so neither always follows the other.
            foreach (var window in run % 2 == 0 ? windows : windows.Reverse())
            {
                var clock = Stopwatch.StartNew();
                foreach (var kitchen in SweetSpotRule.Kitchens)
                {
                    var picks = Picks(cores, kitchen);

                    // The check stops a sweep after its first round when the pick passes or misses clearly there; the
                    // bench keeps that round's curve (a copy of its samples) and measures every round all the same, to
                    // judge the early verdict and the whole sweep's on one sweep.
                    ThroughputCurve? firstRound = null;
                    var options = new SweepOptions
                    {
                        Window = window,
                        KneeShare = SweetSpotRule.KneeShare,
                        StopEarly = soFar =>
                        {
                            firstRound ??= soFar;
                            return false;
                        },
                    };
                    var curve = PoolSizeSweep.Run(kitchen, cores, options, [.. picks.Values.Distinct()]);
                    var afterOne = firstRound ?? curve; // one round in all: the first is the whole sweep
                    foreach (var (sizer, pick) in picks)
                    {
                        var key = (window, kitchen.Name, sizer);
                        tallies.TryAdd(key, new Tally());
                        tallies[key].Add(SweetSpotRule.Judge(curve, pick), SweetSpotRule.ClearPass(afterOne, pick), SweetSpotRule.ClearMiss(afterOne, pick));
                    }
                }

                seconds[window].Add(clock.Elapsed.TotalSeconds);
            }

            var (passed, swept) = ReferenceRecord(tallies);
            AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"  run {run + 1}: reference passed {passed} of {swept} sweeps so far");
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Window", "Kitchen", "Sizer", "Sweeps", "Passed", "Not judged", "Clear after round 1", "Clear, then failed", "Clear miss after round 1", "Clear miss, then passed", "Share of the plateau: lowest / median", "Knee (chefs): lowest to highest");
        foreach (var ((window, kitchen, sizer), tally) in tallies.OrderByDescending(t => t.Key.Window).ThenBy(t => t.Key.Kitchen, StringComparer.Ordinal).ThenBy(t => t.Key.Sizer, StringComparer.Ordinal))
        {
            table.AddRow(
                $"{window.TotalMilliseconds:0} ms", Markup.Escape(kitchen), Markup.Escape(sizer), tally.Count.ToString(CultureInfo.InvariantCulture),
                tally.Passed.ToString(CultureInfo.InvariantCulture), tally.NotJudged.ToString(CultureInfo.InvariantCulture),
                tally.Clear.ToString(CultureInfo.InvariantCulture), tally.ClearThenFailed.ToString(CultureInfo.InvariantCulture),
                tally.ClearMiss.ToString(CultureInfo.InvariantCulture), tally.ClearMissThenPassed.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{tally.Shares.Min():P0} / {ThroughputCurve.Median(tally.Shares):P0}"),
                string.Create(CultureInfo.InvariantCulture, $"{tally.Knees.Min()} to {tally.Knees.Max()}"));
        }

        AnsiConsole.Write(table);
        foreach (var (window, times) in seconds)
        {
            AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
                $"Window {window.TotalMilliseconds:0} ms: the three kitchens took {ThroughputCurve.Median(times):0.0} s (median), {times.Max():0.0} s at most.");
        }

        // The check's promise: the reference never fails a judged sweep, a sizer that forgets the waiting always does
        // in "mostly waiting". Any other outcome means the window is not safe.
        var (referencePassed, referenceSweeps) = ReferenceRecord(tallies);
        var referenceFailures = referenceSweeps - referencePassed;
        var wrongPasses = tallies.Where(t => t.Key.Sizer != Reference && t.Key.Kitchen == SweetSpotRule.Kitchens[0].Name).Sum(t => t.Value.Passed - t.Value.NotJudged);
        var lowerBound = ClopperPearson.LowerBound(referencePassed, referenceSweeps);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"Reference sweeps failed: [bold]{referenceFailures}[/] (95 % lower bound of passing {lowerBound:P1}); wrong picks passing a judged \"mostly waiting\" sweep: [bold]{wrongPasses}[/].");

        // The early stop's promise: a pick clear after one round passes all three on the same sweep. Any sweep where
        // it does not is a verdict the early stop would have changed.
        var clearThenFailed = tallies.Sum(t => t.Value.ClearThenFailed);
        var referenceClear = tallies.Where(t => t.Key.Sizer == Reference).Sum(t => t.Value.Clear);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"Clear after round 1: the reference in [bold]{referenceClear}[/] of {referenceSweeps} sweeps; picks clear after round 1 that failed the whole sweep: [bold]{clearThenFailed}[/].");

        // The early miss's promise: a pick that misses clearly after one round fails all three on the same sweep, and
        // the reference never misses clearly. Either outcome would be a verdict the early miss could have changed.
        var clearMissThenPassed = tallies.Sum(t => t.Value.ClearMissThenPassed);
        var referenceClearMiss = tallies.Where(t => t.Key.Sizer == Reference).Sum(t => t.Value.ClearMiss);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"Clear miss after round 1: the reference in [bold]{referenceClearMiss}[/] of {referenceSweeps} sweeps, the other picks in [bold]{tallies.Where(t => t.Key.Sizer != Reference).Sum(t => t.Value.ClearMiss)}[/]; picks that missed clearly after round 1 and passed the whole sweep: [bold]{clearMissThenPassed}[/].");
        return referenceFailures == 0 && wrongPasses == 0 && clearThenFailed == 0 && clearMissThenPassed == 0 && referenceClearMiss == 0 ? 0 : 1;
    }

    private const string Reference = "the rule (reference)";

    // The reference pick's sweeps so far, over every window and kitchen: how many passed, of how many.
    private static (int Passed, int Sweeps) ReferenceRecord(Dictionary<(TimeSpan Window, string Kitchen, string Sizer), Tally> tallies)
    {
        var reference = tallies.Where(t => t.Key.Sizer == Reference).Select(t => t.Value).ToArray();
        return (reference.Sum(t => t.Passed), reference.Sum(t => t.Count));
    }

    // The picks judged on each curve: the reference solution's (cores × (1 + W/C), rounded, within 1..LargestCrew), the
    // starter's (always 4), the wrong fix sizer-returns-one's, the cores alone (the mistake the lesson is about), and
    // five times too many and too few.
    private static Dictionary<string, int> Picks(int cores, Workload kitchen) => new(StringComparer.Ordinal)
    {
        [Reference] = Crew(kitchen.IdealThreads(cores)),
        ["always 4 (the starter)"] = 4,
        ["always 1"] = 1,
        ["the cores alone (the waiting forgotten)"] = cores,
        ["5 × the rule (too many)"] = Crew(5 * kitchen.IdealThreads(cores)),
        ["the rule ÷ 5 (too few)"] = Crew(kitchen.IdealThreads(cores) / 5),
    };

    // A crew of about this many chefs, as a sizer within its limits answers it: rounded, at least one, at most the largest crew.
    private static int Crew(double threads) => (int)Math.Clamp(Math.Round(threads), 1, SweetSpotRule.LargestCrew);

    private sealed class Tally
    {
        public int Count { get; private set; }

        public int Passed { get; private set; }

        public int NotJudged { get; private set; }

        public List<double> Shares { get; } = [];

        public List<int> Knees { get; } = [];

        /// <summary>Sweeps whose first round alone passed the pick clearly (where the check stops).</summary>
        public int Clear { get; private set; }

        /// <summary>Of those, sweeps the whole judgement failed: a verdict the early stop would have changed.</summary>
        public int ClearThenFailed { get; private set; }

        /// <summary>Sweeps whose first round alone missed the pick clearly (where the check stops, and sweeps no more).</summary>
        public int ClearMiss { get; private set; }

        /// <summary>Of those, sweeps the whole judgement passed: a verdict the early miss would have changed.</summary>
        public int ClearMissThenPassed { get; private set; }

        public void Add(SweetSpotJudgement judged, bool clearAfterOne, bool missAfterOne)
        {
            ClearMiss += missAfterOne ? 1 : 0;
            ClearMissThenPassed += missAfterOne && judged.Passed ? 1 : 0;
            Clear += clearAfterOne ? 1 : 0;
            ClearThenFailed += clearAfterOne && !judged.Passed ? 1 : 0;
            Count++;
            Passed += judged.Passed ? 1 : 0;
            NotJudged += judged.Swamped ? 1 : 0;
            Shares.Add(judged.Share);
            Knees.Add(judged.KneeThreads);
        }
    }
}
