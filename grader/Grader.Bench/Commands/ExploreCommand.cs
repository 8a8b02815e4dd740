using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
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
        ("starter", "katas/01-racy-cart", ["SameItemAdds", "DifferentItemAdds", "RacingRemoves", "InspectionWhileAdding", "InspectionWhileRemoving"]),
        ("lock-only-in-add", "tests/RacyCart.Tests/WrongFixes/lock-only-in-add", ["RacingRemoves", "InspectionWhileAdding"]),
        ("interlocked-on-two-fields", "tests/RacyCart.Tests/WrongFixes/interlocked-on-two-fields", ["InspectionWhileAdding"]),
        ("lock-per-call", "tests/RacyCart.Tests/WrongFixes/lock-per-call", ["SameItemAdds", "DifferentItemAdds", "RacingRemoves", "InspectionWhileAdding"]),
        ("concurrent-dictionary-check-then-act", "tests/RacyCart.Tests/WrongFixes/concurrent-dictionary-check-then-act", ["RacingRemoves"]),
    ];

    private static readonly string[] CorrectCarts =
    [
        "solutions/01-racy-cart", "tests/Explorer.Tests/CorrectVariants/single-lock", "tests/Explorer.Tests/CorrectVariants/lock-enter-scope",
        "tests/Explorer.Tests/CorrectVariants/reader-writer-lock-slim", "tests/Explorer.Tests/CorrectVariants/immutable-snapshot-cas",
        "tests/Explorer.Tests/CorrectVariants/method-impl-synchronized",
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
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = RepoLocator.Root();
        var kata = Path.Combine(root, "katas", "01-racy-cart");
        var manifest = KataManifest.Load(Path.Combine(kata, "kata.json"));
        var stress = new StressOptions { Budget = TimeSpan.FromMilliseconds(settings.StressBudgetMs ?? manifest.Stress.BudgetMs), Seed = manifest.Stress.Seed };
        var table = new Table().Border(TableBorder.Rounded).AddColumns(
            "Variant", "Scenario", "Roslyn build", "Explorer", "Schedules", "Switches", "Stress engine", "Naive (1 thread per chef)");
        foreach (var (name, folder, scenarios) in Failing)
        {
            using var catalog = ScenarioCatalog.Load(kata, Path.Combine(root, folder));
            foreach (var scenario in scenarios)
            {
                var found = catalog.Scenarios[scenario];
                var build = Stopwatch.StartNew();
                var instrumented = ExplorationBuild.Instrumented(found, catalog.LearnerFiles);
                var built = build.Elapsed;
                var explored = instrumented.Explore(new ExplorerOptions());
                var stressed = Stopwatch.StartNew();
                var check = RaceCheck.Run(found, catalog.LearnerFiles, stress);
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

    private static int CleanRuns(string root, string kata, Settings settings)
    {
        var falsePositives = 0;
        var explorations = 0;
        var options = new ExplorerOptions { MaxSchedules = settings.CleanSchedules };
        foreach (var folder in CorrectCarts)
        {
            using var catalog = ScenarioCatalog.Load(kata, Path.Combine(root, folder));
            foreach (var (scenario, found) in catalog.Scenarios)
            {
                var instrumented = ExplorationBuild.Instrumented(found, catalog.LearnerFiles);
                for (var run = 0; run < settings.CleanRuns; run++)
                {
                    var result = instrumented.Explore(options);
                    explorations++;
                    if (!result.Passed || result.Verdict == ExplorationVerdict.CannotModel)
                    {
                        falsePositives++;
                        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"[red]{Markup.Escape(folder)} {scenario} run {run}:[/] {Markup.Escape(result.Interleaving?.ToString() ?? result.Note ?? "")}");
                    }
                }
            }
        }

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"[bold]Correct carts:[/] {falsePositives} false positive(s) in {explorations:N0} explorations.");
        return falsePositives == 0 ? 0 : 1;
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";
}
