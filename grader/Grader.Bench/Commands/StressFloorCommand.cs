using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Exploration;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Mutation;
using KitchenKatas.Grader.SelfCheck;
using KitchenKatas.Grader.Stress;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// The power table behind a kata's <see cref="StressSettings.AfterCompleteExploration"/>: every kata-1 race check that must fail
/// (the starter, each wrong fix, each rule breaker) run many times as the check runs it, once with the whole stress
/// budget after a clean exploration and once with the share left after a complete one; how often each is caught, its 95 %
/// lower bound, and what caught it.
/// </summary>
internal sealed class StressFloorCommand : Command<StressFloorCommand.Settings>
{
    // What tests/RacyCart.Tests/WrongFixTests.cs and StarterTests.cs say each must fail.
    private static readonly (string Name, string Folder, int[] MustFail)[] Known =
    [
        ("starter", "katas/01-racy-cart", [1, 2, 3, 4, 7]),
        ("lock-only-in-add", "tests/RacyCart.Tests/WrongFixes/lock-only-in-add", [3, 4]),
        ("interlocked-on-two-fields", "tests/RacyCart.Tests/WrongFixes/interlocked-on-two-fields", [4]),
        ("lock-per-call", "tests/RacyCart.Tests/WrongFixes/lock-per-call", [1, 2, 3, 4]),
        ("concurrent-dictionary-check-then-act", "tests/RacyCart.Tests/WrongFixes/concurrent-dictionary-check-then-act", [3]),
    ];

    /// <summary>Options of the stress-floor benchmark.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--runs <N>")]
        [Description("Runs of each check that must fail, in each column.")]
        [DefaultValue(200)]
        public int Runs { get; init; } = 200;

        [CommandOption("--variant <NAME>")]
        [Description("Only these variants (repeatable): starter, a wrong fix's or a rule breaker's folder name.")]
        public string[] Only { get; init; } = [];
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = RepoLocator.Root();
        var kata = Path.Combine(root, "katas", "01-racy-cart");
        var manifest = KataManifest.Load(Path.Combine(kata, "kata.json"));
        var raceChecks = RaceChecks(kata, manifest);
        var stress = StressBudget.Resolve(manifest.Stress);
        var explorer = ExplorerBudget.Resolve(settings: manifest.Explorer) ?? new ExplorerOptions();
        // The share under test: the kata's, or a quarter where the kata keeps the whole budget.
        var share = manifest.Stress.AfterCompleteExploration is > 0 and < 1 ? manifest.Stress.AfterCompleteExploration : 0.25;
        stress = stress with { AfterCompleteExploration = share };
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"[bold]Kata 1, stress after a complete exploration[/]: {settings.Runs} runs of each check that must fail, on {Environment.ProcessorCount} core(s); "
            + $"stress {stress.Budget.TotalMilliseconds:0} ms and {stress.MinTrials:N0} trials, or {share:P0} of both (kata.json, stress.afterCompleteExploration) once the explorer has run every schedule.");

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Variant", "Check", "Runs", "Caught, whole stress", "95 % lower bound", "Caught, share", "95 % lower bound", "Caught by (share)");
        var weaker = 0;
        foreach (var (name, folder, mustFail) in Variants(root, raceChecks).Where(v => settings.Only.Length == 0 || settings.Only.Contains(v.Name)))
        {
            ScenarioCatalog loaded;
            try
            {
                loaded = ScenarioCatalog.Load(kata, Path.Combine(root, folder));
            }
            catch (BuildFailedException)
            {
                // Its learner file does not build alone (a rule breaker that needs a second file): every check fails at the build.
                table.AddRow(name, string.Join(", ", mustFail), "-", "-", "-", "-", "-", "the build");
                continue;
            }

            using var catalog = loaded;
            foreach (var (number, scenarios) in raceChecks.Values.Where(c => mustFail.Contains(c.Number)).OrderBy(c => c.Number))
            {
                var whole = 0;
                var caughtWithShare = 0;
                var by = new SortedDictionary<string, int>(StringComparer.Ordinal);
                for (var run = 0; run < settings.Runs; run++)
                {
                    var options = stress with { Seed = stress.Seed + run };
                    whole += Caught(catalog, scenarios, options, explorer, floor: false) is null ? 0 : 1;
                    if (Caught(catalog, scenarios, options, explorer, floor: true) is { } what)
                    {
                        caughtWithShare++;
                        by[what] = by.GetValueOrDefault(what) + 1;
                    }
                }

                weaker += caughtWithShare < whole ? 1 : 0;
                table.AddRow(
                    name, number.ToString(CultureInfo.InvariantCulture), settings.Runs.ToString(CultureInfo.InvariantCulture),
                    whole.ToString(CultureInfo.InvariantCulture), Percent(ClopperPearson.LowerBound(whole, settings.Runs)),
                    caughtWithShare.ToString(CultureInfo.InvariantCulture), Percent(ClopperPearson.LowerBound(caughtWithShare, settings.Runs)),
                    Markup.Escape(string.Join(", ", by.Select(b => $"{b.Key} {b.Value}"))));
                AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"  {Markup.Escape(name)} check {number}: {whole}/{settings.Runs} with the whole stress, {caughtWithShare}/{settings.Runs} with the share");
            }
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"Checks caught less often with the share: [bold]{weaker}[/].");
        return weaker == 0 ? 0 : 1;
    }

    // What caught the check in this run ("explorer", or the stress phase's mode), or null when it passed. Both columns run
    // the check's own path (RaceCheck with the explorer); the whole-stress column sets the share to 1, so a complete
    // exploration cuts nothing there.
    private static string? Caught(ScenarioCatalog catalog, IReadOnlyList<string> scenarios, StressOptions options, ExplorerOptions explorer, bool floor)
    {
        var stress = floor ? options : options with { AfterCompleteExploration = 1 };
        foreach (var name in scenarios)
        {
            var result = RaceCheck.Run(catalog.Scenarios[name], catalog.LearnerFiles, stress, explorer, catalog.Rebuilds);
            if (result.Exploration is { Verdict: ExplorationVerdict.FailureFound })
            {
                return "explorer";
            }

            if (result.Failure is { } failure)
            {
                return failure.Options.Mode;
            }
        }

        return null;
    }

    // The checks of the kata that race, by method name: their number in kata.json and their scenarios in the order the
    // check runs them, read from the checks' source as the mutation run reads them.
    private static Dictionary<string, (int Number, IReadOnlyList<string> Scenarios)> RaceChecks(string kata, KataManifest manifest)
    {
        var scenariosOf = ScenarioCheckMap.Read(kata);
        return manifest.Checks
            .Select((check, index) => (check.Test, Number: index + 1))
            .Where(c => scenariosOf.ContainsKey(c.Test))
            .ToDictionary(c => RuleMap.MethodName(c.Test), c => (c.Number, scenariosOf[c.Test]), StringComparer.Ordinal);
    }

    // The known variants, then every rule breaker with the race checks its breaks.json says it fails.
    private static IEnumerable<(string Name, string Folder, int[] MustFail)> Variants(
        string root, Dictionary<string, (int Number, IReadOnlyList<string> Scenarios)> raceChecks)
    {
        foreach (var known in Known)
        {
            yield return known;
        }

        var breakers = Path.Combine(root, "tests", "RacyCart.Tests", "RuleBreakers");
        foreach (var folder in Directory.EnumerateDirectories(breakers).Order(StringComparer.Ordinal))
        {
            using var breaks = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "breaks.json")));
            var fails = breaks.RootElement.GetProperty("fails").EnumerateArray()
                .Select(f => raceChecks.TryGetValue(f.GetString() ?? "", out var check) ? check.Number : 0)
                .Where(n => n > 0).ToArray();
            if (fails.Length > 0)
            {
                yield return (Path.GetFileName(folder), Path.GetRelativePath(root, folder), fails);
            }
        }
    }

    private static string Percent(double rate) => rate.ToString("0.0 %", CultureInfo.InvariantCulture);
}
