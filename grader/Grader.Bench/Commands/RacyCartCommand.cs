using System.ComponentModel;
using System.Globalization;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Stress;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// Runs kata 1's race checks many times against the starter, the reference solution and every wrong fix, and
/// prints per check the detection rate (with its 95 % lower bound), the median time to detection, and the false
/// positives where the check must pass.
/// </summary>
internal sealed class RacyCartCommand : Command<RacyCartCommand.Settings>
{
    private static readonly (string Name, string Folder, int[] MustFail)[] Variants =
    [
        ("starter", "katas/01-racy-cart", [1, 2, 3, 4]),
        ("solution", "solutions/01-racy-cart", []),
        ("lock-only-in-add", "tests/RacyCart.Tests/WrongFixes/lock-only-in-add", [3, 4]),
        ("interlocked-on-two-fields", "tests/RacyCart.Tests/WrongFixes/interlocked-on-two-fields", [4]),
        ("lock-per-call", "tests/RacyCart.Tests/WrongFixes/lock-per-call", [1, 2, 3, 4]),
        ("concurrent-dictionary-check-then-act", "tests/RacyCart.Tests/WrongFixes/concurrent-dictionary-check-then-act", [3, 4]),
    ];

    private static readonly string[][] ScenariosByCheck =
    [
        [],
        ["SameItemAdds"],
        ["DifferentItemAdds"],
        ["RacingRemoves"],
        ["InspectionWhileAdding", "InspectionWhileRemoving"],
    ];

    /// <summary>Options of the racy-cart benchmark.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--runs <N>")]
        [Description("Runs of each check against each variant.")]
        [DefaultValue(200)]
        public int Runs { get; init; } = 200;

        [CommandOption("--budget-ms <MS>")]
        [Description("Budget of a check that must catch a race (default: the kata's own budget from kata.json).")]
        public int? BudgetMs { get; init; }

        [CommandOption("--clean-budget-ms <MS>")]
        [Description("Budget of a check that must pass (the whole budget is spent on every such run).")]
        [DefaultValue(250)]
        public int CleanBudgetMs { get; init; } = 250;

        [CommandOption("--show-misses")]
        [Description("Print each run that missed a race it had to catch, with its trials per phase.")]
        public bool ShowMisses { get; init; }

        [CommandOption("--only-check <N>")]
        [Description("Only this check (1-4).")]
        public int? OnlyCheck { get; init; }

        [CommandOption("--variant <NAME>")]
        [Description("Only these variants (repeatable): starter, solution, lock-only-in-add, interlocked-on-two-fields, lock-per-call, concurrent-dictionary-check-then-act.")]
        public string[] Only { get; init; } = [];
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = RepoLocator.Root();
        var kata = Path.Combine(root, "katas", "01-racy-cart");
        var manifest = KataManifest.Load(Path.Combine(kata, "kata.json"));
        var detectBudget = TimeSpan.FromMilliseconds(settings.BudgetMs ?? manifest.Stress.BudgetMs);
        var cleanBudget = TimeSpan.FromMilliseconds(settings.CleanBudgetMs);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"[bold]Kata 1 racy cart[/]: {settings.Runs} runs per check and variant on {Environment.ProcessorCount} core(s); " +
            $"budget {detectBudget.TotalMilliseconds:0} ms where a race must be caught, {cleanBudget.TotalMilliseconds:0} ms where the check must pass.");

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Variant", "Check", "Must", "Runs", "Caught", "Rate", "95 % lower bound", "Median to detection", "p95", "Fewest trials in a clean run", "False positives");
        var notes = new List<string>();
        var falsePositives = 0;
        var missed = 0;
        foreach (var (name, folder, mustFail) in Variants.Where(v => settings.Only.Length == 0 || settings.Only.Contains(v.Name)))
        {
            using var catalog = ScenarioCatalog.Load(kata, Path.Combine(root, folder));
            for (var check = 1; check <= 4; check++)
            {
                if (settings.OnlyCheck is { } only && only != check)
                {
                    continue;
                }

                var shouldFail = mustFail.Contains(check);
                var stats = Measure(catalog, ScenariosByCheck[check], settings.Runs, shouldFail ? detectBudget : cleanBudget, manifest.Stress.Seed, manifest.Stress.MinTrials, shouldFail, settings.ShowMisses);
                if (shouldFail)
                {
                    missed += stats.Runs - stats.Detected;
                }
                else
                {
                    falsePositives += stats.Detected;
                }

                table.AddRow(
                    name, check.ToString(CultureInfo.InvariantCulture), shouldFail ? "fail" : "pass",
                    stats.Runs.ToString(CultureInfo.InvariantCulture),
                    stats.Detected.ToString(CultureInfo.InvariantCulture),
                    shouldFail ? Percent(stats.Rate) : "",
                    shouldFail ? Percent(stats.LowerBound95) : "",
                    shouldFail ? Ms(stats.MedianMs) : "",
                    shouldFail ? Ms(stats.P95Ms) : "",
                    stats.FewestCleanTrials?.ToString("N0", CultureInfo.InvariantCulture) ?? "",
                    shouldFail ? "" : $"{stats.Detected} (rate ≤ {Percent(stats.FalsePositiveUpperBound95)} at 95 %)");
                AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"  {Markup.Escape(name)} check {check}: {stats.Detected}/{stats.Runs} failed");
                notes.AddRange(stats.Notes.Select(n => $"{name} check {check}: {n}"));
            }
        }

        AnsiConsole.Write(table);
        foreach (var note in notes.Distinct())
        {
            AnsiConsole.MarkupLine($"[yellow]note[/] {Markup.Escape(note)}");
        }

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"False positives: [bold]{falsePositives}[/]; races missed: [bold]{missed}[/].");
        return falsePositives == 0 ? 0 : 1;
    }

    private static DetectionStats Measure(ScenarioCatalog catalog, string[] scenarios, int runs, TimeSpan budget, int seed, long minTrials, bool shouldFail, bool showMisses)
    {
        var stats = new DetectionStats();
        for (var run = 0; run < runs; run++)
        {
            var options = new StressOptions { Budget = budget, Seed = seed + run, MinTrials = minTrials };
            double spent = 0;
            long trials = 0;
            var phases = new List<string>();
            double? detected = null;
            foreach (var scenario in scenarios)
            {
                var result = catalog.Check(scenario, options);
                foreach (var note in result.Notes)
                {
                    stats.Note(note);
                }

                foreach (var phase in result.Phases)
                {
                    trials += phase.Trials;
                    phases.Add(string.Create(CultureInfo.InvariantCulture, $"{scenario} {phase.Options.Mode}: {phase.Trials:N0} trials in {phase.Elapsed.TotalMilliseconds:0} ms"));
                    if (!phase.Passed)
                    {
                        detected = spent + (phase.TimeToDetection ?? phase.Elapsed).TotalMilliseconds;
                        break;
                    }

                    spent += phase.Elapsed.TotalMilliseconds;
                }

                if (detected is not null)
                {
                    break;
                }
            }

            stats.Add(detected, trials);
            if (detected is null && shouldFail && showMisses)
            {
                AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"    [yellow]missed[/] run {run}: {Markup.Escape(string.Join("; ", phases))}");
            }
        }

        return stats;
    }

    private static string Percent(double rate) => rate.ToString("0.0## %", CultureInfo.InvariantCulture);

    private static string Ms(double? ms) => ms is { } v ? v.ToString("0.0 ms", CultureInfo.InvariantCulture) : "-";
}
