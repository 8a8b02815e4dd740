using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Stress;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// Time to first detection of every kata-1 race, side by side in one run: the explorer (after its Roslyn build),
/// the stress engine (real cores, then noise), and a naive "start the threads, 1,000 times" test. With
/// <c>--clean-runs</c>, also explores every correct cart again and again and counts false positives.
/// </summary>
internal sealed class ExploreCommand : Command<ExploreCommand.Settings>
{
    private static readonly (string Name, string Folder, string[] Scenarios)[] Failing =
    [
        ("starter", "katas/01-racy-cart", ["SameItemAdds", "DifferentItemAdds", "RacingRemoves", "InspectionWhileAdding", "InspectionWhileRemoving", "CountingWhileAdding", "CountingWhileRemoving"]),
        ("lock-only-in-add", "tests/RacyCart.Tests/WrongFixes/lock-only-in-add", ["RacingRemoves", "InspectionWhileAdding"]),
        ("interlocked-on-two-fields", "tests/RacyCart.Tests/WrongFixes/interlocked-on-two-fields", ["InspectionWhileAdding"]),
        ("lock-per-call", "tests/RacyCart.Tests/WrongFixes/lock-per-call", ["SameItemAdds", "DifferentItemAdds", "RacingRemoves", "InspectionWhileAdding"]),
        ("concurrent-dictionary-check-then-act", "tests/RacyCart.Tests/WrongFixes/concurrent-dictionary-check-then-act", ["RacingRemoves"]),
    ];

    // The reference solution and every correct variant the explorer's tests hold (a new folder joins by itself).
    private static string[] CorrectCarts(string root) =>
    [
        "solutions/01-racy-cart",
        .. Directory.GetDirectories(Path.Combine(root, "tests", "Explorer.Tests", "CorrectVariants"))
            .Select(d => Path.GetRelativePath(root, d).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Options of the explore benchmark.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--stress-budget-ms <MS>")]
        [Description("Budget of the stress engine for one detection (default: the kata's budget from kata.json).")]
        public int? StressBudgetMs { get; init; }

        [CommandOption("--naive-trials <N>")]
        [Description("Trials of the naive test before it gives up.")]
        [DefaultValue(1000)]
        public int NaiveTrials { get; init; } = 1000;

        [CommandOption("--clean-runs <N>")]
        [Description("Explore every correct cart's scenarios this many times and count failures (false positives).")]
        [DefaultValue(0)]
        public int CleanRuns { get; init; }

        [CommandOption("--clean-schedules <N>")]
        [Description("Schedule budget of each clean exploration.")]
        [DefaultValue(800)]
        public int CleanSchedules { get; init; } = 800;

        [CommandOption("--clean-only")]
        [Description("Skip the time-to-detection table: only the clean runs.")]
        public bool CleanOnly { get; init; }

        [CommandOption("--variant <NAME>")]
        [Description("Only these correct carts in the clean runs (folder name, e.g. single-lock or 01-racy-cart); repeatable.")]
        public string[] Variants { get; init; } = [];

        [CommandOption("--progress-every <N>")]
        [Description("Print a progress line for each correct cart every N clean runs.")]
        [DefaultValue(100)]
        public int ProgressEvery { get; init; } = 100;
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = RepoLocator.Root();
        var kata = Path.Combine(root, "katas", "01-racy-cart");
        var manifest = KataManifest.Load(Path.Combine(kata, "kata.json"));
        var stress = new StressOptions { Budget = TimeSpan.FromMilliseconds(settings.StressBudgetMs ?? manifest.Stress.BudgetMs), Seed = manifest.Stress.Seed };
        if (settings.CleanOnly)
        {
            return settings.CleanRuns > 0 ? CleanRuns(root, kata, settings) : 0;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns(
            "Variant", "Scenario", "Roslyn build", "Explorer", "Schedules", "Switches", "Stress engine", "Naive (1 thread per chef)");
        foreach (var (name, folder, scenarios) in Failing)
        {
            using var catalog = ScenarioCatalog.Load(kata, Path.Combine(root, folder));
            foreach (var scenario in scenarios)
            {
                var found = catalog.Scenarios[scenario];
                var build = Stopwatch.StartNew();
                using var instrumented = ExplorationBuild.Instrumented(found, catalog.LearnerFiles, catalog.Rebuilds);
                var built = build.Elapsed;
                var explored = ScheduleExplorer.Explore(instrumented.Scenario, new ExplorerOptions());
                var stressed = Stopwatch.StartNew();
                var check = RaceCheck.Run(found, catalog.LearnerFiles, stress, explorer: null, catalog.Rebuilds);
                var stressTime = stressed.Elapsed;
                var naive = NaiveTrials.TimeToDetection(found, settings.NaiveTrials);
                table.AddRow(
                    name, scenario, Ms(built),
                    explored.Verdict == ExplorationVerdict.FailureFound ? Ms(explored.Elapsed) : $"[red]{explored.Verdict}[/]",
                    explored.SchedulesExplored.ToString("N0", CultureInfo.InvariantCulture),
                    explored.Interleaving?.ContextSwitches.ToString(CultureInfo.InvariantCulture) ?? "-",
                    check.Passed ? $"[yellow]missed in {Ms(stressTime)}[/]" : Ms(stressTime),
                    naive is { } t ? Ms(t) : $"[yellow]missed in {settings.NaiveTrials:N0} trials[/]");
            }
        }

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"[bold]Kata 1: time to first detection[/] on {Environment.ProcessorCount} core(s); stress budget {stress.Budget.TotalMilliseconds:0} ms (real cores, then noise).");
        AnsiConsole.Write(table);
        return settings.CleanRuns > 0 ? CleanRuns(root, kata, settings) : 0;
    }

    // One build per correct cart (the catalog's cache), explored again and again: a run repeats the exploration of
    // every scenario, never the Roslyn compile, which would only measure Roslyn.
    private static int CleanRuns(string root, string kata, Settings settings)
    {
        var carts = CorrectCarts(root).Where(f => settings.Variants.Length == 0 || settings.Variants.Contains(Path.GetFileName(f), StringComparer.Ordinal)).ToArray();
        if (carts.Length == 0)
        {
            AnsiConsole.MarkupLine($"[red]No correct cart named {Markup.Escape(string.Join(", ", settings.Variants))}.[/] Known: {Markup.Escape(string.Join(", ", CorrectCarts(root).Select(Path.GetFileName)))}.");
            return 2;
        }

        // Ctrl+C or SIGTERM stops after the run in progress, and the runs done so far are summed up below.
        using var stop = new CancellationTokenSource();
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var options = new ExplorerOptions { MaxSchedules = settings.CleanSchedules };
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"[bold]Clean runs:[/] {carts.Length} correct cart(s), {settings.CleanRuns:N0} run(s) each, every scenario explored with a budget of {options.MaxSchedules:N0} schedules, on {Environment.ProcessorCount} core(s).");
        var summary = new Table().Border(TableBorder.Rounded).AddColumns("Correct cart", "Runs", "Explorations", "Schedules per run", "Complete", "False positives", "Time", "Per run");
        var falsePositives = 0;
        var allExplorations = 0;
        foreach (var folder in carts.TakeWhile(_ => !stop.IsCancellationRequested))
        {
            var name = Path.GetFileName(folder);
            var clock = Stopwatch.StartNew();
            using var catalog = ScenarioCatalog.Load(kata, Path.Combine(root, folder));
            var scenarios = catalog.Scenarios.OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => (Name: s.Key, Instrumented: ExplorationBuild.Instrumented(s.Value, catalog.LearnerFiles, catalog.Rebuilds)))
                .ToArray();
            var built = clock.Elapsed;
            var failures = 0;
            var explorations = 0;
            long schedules = 0;
            var perScenario = scenarios.ToDictionary(s => s.Name, _ => (Min: int.MaxValue, Max: 0, Complete: true), StringComparer.Ordinal);
            var runs = 0;
            for (var run = 1; run <= settings.CleanRuns && !stop.IsCancellationRequested; run++)
            {
                foreach (var (scenario, instrumented) in scenarios)
                {
                    var result = ScheduleExplorer.Explore(instrumented.Scenario, options);
                    explorations++;
                    schedules += result.SchedulesExplored;
                    var (min, max, complete) = perScenario[scenario];
                    perScenario[scenario] = (Math.Min(min, result.SchedulesExplored), Math.Max(max, result.SchedulesExplored), complete && result.Unexplored == 0 && result.CompleteUpTo >= result.Bound);
                    if (!result.Passed || result.Verdict == ExplorationVerdict.CannotModel)
                    {
                        failures++;
                        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"[red]{Markup.Escape(name)} {scenario} run {run}:[/] {Markup.Escape(result.Interleaving?.ToString() ?? result.Note ?? "")}");
                    }
                }

                runs = run;
                if (run % settings.ProgressEvery == 0 || run == settings.CleanRuns || stop.IsCancellationRequested)
                {
                    AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
                        $"{DateTime.UtcNow:HH:mm:ss} {Markup.Escape(name)}: {run:N0}/{settings.CleanRuns:N0} runs, {failures} false positive(s), {(double)schedules / run:N1} schedules per run, {clock.Elapsed.TotalSeconds:N1} s");
                }
            }

            foreach (var (scenario, instrumented) in scenarios)
            {
                instrumented.Dispose();
            }

            falsePositives += failures;
            allExplorations += explorations;
            var elapsed = clock.Elapsed;
            summary.AddRow(
                name,
                runs == settings.CleanRuns ? runs.ToString("N0", CultureInfo.InvariantCulture) : $"[yellow]{runs:N0} (stopped)[/]",
                explorations.ToString("N0", CultureInfo.InvariantCulture),
                string.Join(", ", perScenario.Select(p => $"{p.Key} {Range(p.Value.Min, p.Value.Max)}")) + $" = {(double)schedules / Math.Max(1, runs):N0}",
                string.Join(", ", perScenario.Where(p => p.Value.Complete).Select(p => p.Key)) is { Length: > 0 } all ? all : "-",
                failures == 0 ? "0" : $"[red]{failures}[/]",
                $"{elapsed.TotalSeconds:N1} s (build {built.TotalSeconds:N1} s)",
                Ms((elapsed - built) / Math.Max(1, runs)));
        }

        AnsiConsole.Write(summary);
        if (stop.IsCancellationRequested)
        {
            AnsiConsole.MarkupLine("[yellow]Stopped before every run was done: the figures above count the runs that finished.[/]");
        }

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"[bold]Correct carts:[/] {falsePositives} false positive(s) in {allExplorations:N0} explorations.");
        return falsePositives == 0 ? 0 : 1;

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
    }

    private static string Range(int min, int max) => min == max ? min.ToString(CultureInfo.InvariantCulture) : $"{min}-{max}";

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";
}
