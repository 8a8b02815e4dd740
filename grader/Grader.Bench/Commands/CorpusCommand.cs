using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// The rule-breaker corpus of a kata (tests/*/RuleBreakers/*, tests/*/CorrectVariants/*) through all of its checks,
/// the way <c>kitchen grade</c> runs them: a verdict matrix, one row per learner file set and one column per check.
/// Each breaker must fail exactly the checks its breaks.json names, each correct variant none; exit code 1 otherwise.
/// </summary>
internal sealed class CorpusCommand : AsyncCommand<CorpusCommand.Settings>
{
    /// <summary>Options of the corpus run.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-k|--kata <ID>")]
        [Description("The kata (id or folder, repeatable).")]
        public string[] Katas { get; init; } = [];

        [CommandOption("--entry <NAME>")]
        [Description("Only these breakers or variants (folder names, repeatable); the whole corpus when absent.")]
        public string[] Entries { get; init; } = [];

        [CommandOption("--runs <N>")]
        [Description("Runs of each entry; a row counts every run, and one unexpected verdict makes it fail.")]
        [DefaultValue(1)]
        public int Runs { get; init; } = 1;

        [CommandOption("--check <NAME>")]
        [Description("Only these checks (method names, repeatable), --runs times each in a fresh test host: false positives on the reference solution and every correct variant, and how often they catch every breaker whose breaks.json names them. Each learner file set is built once.")]
        public string[] Checks { get; init; } = [];

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Katas.Length == 0 ? ValidationResult.Error("Name a kata with --kata.")
            : Runs < 1 ? ValidationResult.Error("--runs must be at least 1.")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = RepoLocator.Root();
        var katas = KataLocator.FindAll(root).Where(k => settings.Katas.Any(id => id == k.Manifest.Id || id == k.FolderName)).ToArray();
        if (katas.Length != settings.Katas.Length)
        {
            AnsiConsole.MarkupLine($"[red]No kata named {Markup.Escape(string.Join(", ", settings.Katas))}.[/]");
            return 2;
        }

        // Each learner file set builds only the kata and skips the grader projects it references: they are built here
        // once, as `kitchen grade` does, so a fresh clone needs nothing by hand.
        AnsiConsole.MarkupLine("Building the checks and the grader projects they use...");
        var prebuild = await KataPrebuild.BuildAsync(root, katas.Select(k => k.Folder), TimeSpan.FromMinutes(10), limits: null, cancellationToken).ConfigureAwait(false);
        if (prebuild.ExitCode != 0)
        {
            AnsiConsole.MarkupLine($"[red]The build failed:[/] {Markup.Escape(prebuild.StandardOutput[^Math.Min(prebuild.StandardOutput.Length, 3000)..])}");
            return 2;
        }

        if (settings.Checks.Length > 0)
        {
            return await ChosenChecks.RunAsync(root, katas, settings.Checks, settings.Entries, settings.Runs, cancellationToken).ConfigureAwait(false);
        }

        var unexpected = 0;
        foreach (var kata in katas)
        {
            var entries = RuleCorpus.Breakers(root, kata).Concat(RuleCorpus.CorrectVariants(root, kata))
                .Where(e => settings.Entries.Length == 0 || settings.Entries.Contains(e.Name)).ToArray();
            AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
                $"[bold]{Markup.Escape(kata.FolderName)}[/]: {entries.Count(e => e.Breach is not null)} rule breaker(s) and {entries.Count(e => e.Breach is null)} correct variant(s), {settings.Runs} run(s) each of all {kata.Manifest.Checks.Count} checks, on {Environment.ProcessorCount} core(s).");
            var rows = new List<(CorpusEntry Entry, List<CorpusVerdict> Runs)>();
            var clock = Stopwatch.StartNew();
            foreach (var entry in entries)
            {
                var runs = new List<CorpusVerdict>();
                for (var run = 1; run <= settings.Runs && !cancellationToken.IsCancellationRequested; run++)
                {
                    var verdict = await CorpusRunner.RunAsync(kata, entry, cancellationToken: cancellationToken).ConfigureAwait(false);
                    runs.Add(verdict);
                    AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
                        $"  {Markup.Escape(entry.Name)} run {run}: {(verdict.AsPromised ? "[green]as promised[/]" : "[red]NOT as promised[/]")} in {verdict.Elapsed.TotalSeconds:0} s ({clock.Elapsed.TotalMinutes:0.0} min in all)");
                    if (!verdict.AsPromised)
                    {
                        AnsiConsole.MarkupLine($"[red]{Markup.Escape(verdict.Describe())}[/]");
                    }
                }

                rows.Add((entry, runs));
            }

            unexpected += rows.Sum(r => r.Runs.Count(v => !v.AsPromised));
            Print(kata, rows, clock.Elapsed);
        }

        return unexpected == 0 ? 0 : 1;
    }

    // One row per entry; a cell counts the runs the check failed (x) or passed (.), in red where it broke the promise.
    private static void Print(KataInfo kata, List<(CorpusEntry Entry, List<CorpusVerdict> Runs)> rows, TimeSpan elapsed)
    {
        var checks = kata.Manifest.Checks.Select(c => RuleMap.MethodName(c.Test)).ToArray();
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Learner files", "Breaks");
        foreach (var number in Enumerable.Range(1, checks.Length))
        {
            table.AddColumn(new TableColumn(number.ToString(CultureInfo.InvariantCulture)).Centered());
        }

        table.AddColumns("As promised", "Median s");
        foreach (var (entry, runs) in rows)
        {
            var cells = new List<string> { Markup.Escape(entry.Name), Markup.Escape(entry.Breach?.Rule ?? "nothing") };
            foreach (var check in checks)
            {
                var failed = runs.Count(v => v.Failed.Contains(check, StringComparer.Ordinal));
                var mustFail = entry.MustFail.Contains(check, StringComparer.Ordinal);
                var ruleCheck = runs.Count > 0 && runs[0].RuleChecks.Contains(check, StringComparer.Ordinal);
                var broke = mustFail ? failed < runs.Count : failed > 0 && !ruleCheck;
                var text = runs.Count == 1 ? (failed == 1 ? "x" : ".") : $"{failed}x";
                cells.Add(broke ? $"[red]{text}![/]" : mustFail ? $"[bold]{text}[/]" : text);
            }

            var kept = runs.Count(v => v.AsPromised);
            cells.Add(kept == runs.Count ? $"[green]{kept}/{runs.Count}[/]" : $"[red]{kept}/{runs.Count}[/]");
            var times = runs.Select(v => v.Elapsed.TotalSeconds).Order().ToArray();
            cells.Add(times.Length == 0 ? "" : times[times.Length / 2].ToString("0", CultureInfo.InvariantCulture));
            table.AddRow(cells.ToArray());
        }

        AnsiConsole.Write(table);
        foreach (var (check, number) in checks.Select((c, i) => (c, i + 1)))
        {
            AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"  {number}: {Markup.Escape(check)}");
        }

        var all = rows.Sum(r => r.Runs.Count);
        var kept2 = rows.Sum(r => r.Runs.Count(v => v.AsPromised));
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"x: the check failed (bold where breaks.json says it must; another check of the broken rule may fail too); .: it passed; red !: not as promised. {kept2} of {all} run(s) as promised, {elapsed.TotalMinutes:0.0} min.");
    }
}
