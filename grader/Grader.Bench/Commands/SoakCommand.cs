using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// The false-positive soak: every kata's reference solution and every correct variant under tests/*/CorrectVariants
/// run through all of the kata's checks, many times, each run in a fresh load of the checks. A correct solution must
/// never fail, so any failure is a false positive and the exit code is 1.
/// </summary>
internal sealed class SoakCommand : AsyncCommand<SoakCommand.Settings>
{
    /// <summary>Options of the soak.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--runs <N>")]
        [Description("Runs of all the kata's checks against each correct variant.")]
        [DefaultValue(1000)]
        public int Runs { get; init; } = 1000;

        [CommandOption("-k|--kata <ID>")]
        [Description("Only this kata (id or folder, repeatable); all katas when absent.")]
        public string[] Katas { get; init; } = [];

        [CommandOption("--variant <NAME>")]
        [Description("Only these variants (repeatable): solution, or a CorrectVariants folder name such as single-lock.")]
        public string[] Variants { get; init; } = [];

        [CommandOption("--check <NAME>")]
        [Description("Only these checks (method names, repeatable), such as a new check's false positives; all of the kata's checks when absent.")]
        public string[] Checks { get; init; } = [];

        [CommandOption("--list")]
        [Description("Only print the variants, as a JSON array of \"kata/variant\" (a CI matrix), and run nothing.")]
        public bool List { get; init; }

        [CommandOption("--json <FILE>")]
        [Description("Also write every run to FILE, for soak-sum to add up with the other shards of a soak split over several machines.")]
        public string? Json { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = RepoLocator.Root();
        var katas = KataLocator.FindAll(root).Where(k => settings.Katas.Length == 0 || settings.Katas.Any(id => id == k.Manifest.Id || id == k.FolderName)).ToArray();
        var variants = katas.SelectMany(k => CorrectVariants(root, k)).Where(v => settings.Variants.Length == 0 || settings.Variants.Contains(v.Name)).ToArray();
        if (variants.Length == 0)
        {
            AnsiConsole.MarkupLine("[red]No kata or variant matches.[/]");
            return 2;
        }

        if (settings.List)
        {
            Console.WriteLine(JsonSerializer.Serialize(variants.Select(v => $"{v.Kata.Manifest.Id}/{v.Name}")));
            return 0;
        }

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"[bold]False-positive soak[/]: {settings.Runs} runs of every check against {variants.Length} correct variant(s) on {Environment.ProcessorCount} core(s), each run in a fresh test host.");
        // Every variant is built first, then the runs go round the variants, so whatever time the soak gets is shared
        // fairly, and Ctrl+C at any point sums up the runs done.
        // Each variant builds into a slot of its own, so all stay built side by side while the runs go round them.
        var soaked = new List<(KataInfo Kata, string Name, KataTestRequest Checks, IReadOnlyList<CheckTally> Tallies)>();
        var clock = Stopwatch.StartNew();
        foreach (var (kata, name, folder) in variants)
        {
            AnsiConsole.MarkupLine($"Building [bold]{Markup.Escape(kata.FolderName)}[/] against {Markup.Escape(name)} ({Markup.Escape(Path.GetRelativePath(root, folder))})...");
            var checks = await RepeatedChecks.BuildAsync(kata.Folder, folder, "soak-" + name, cancellationToken: cancellationToken).ConfigureAwait(false);
            var chosen = kata.Manifest.Checks.Where(c => settings.Checks.Length == 0 || settings.Checks.Any(n => c.Test.EndsWith("." + n, StringComparison.Ordinal)));
            soaked.Add((kata, name, checks, chosen.Select(c => new CheckTally(c.Test)).ToArray()));
        }

        for (var run = 1; run <= settings.Runs && !cancellationToken.IsCancellationRequested; run++)
        {
            foreach (var (kata, name, checks, tallies) in soaked)
            {
                await RepeatedChecks.RunOnceAsync(checks, tallies, cancellationToken).ConfigureAwait(false);
                Progress(kata, name, run, settings.Runs, tallies, clock.Elapsed);
            }
        }

        var record = SoakRecord.Of(soaked.Select(s => (s.Kata.FolderName, s.Name, s.Tallies)));
        if (settings.Json is { } json)
        {
            record.Save(json);
            AnsiConsole.MarkupLine($"Every run written to [bold]{Markup.Escape(json)}[/].");
        }

        var failures = SoakSummary.Print(record);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"False positives: [bold]{failures}[/] in {SoakSummary.CheckRuns(record)} check runs, {clock.Elapsed.TotalMinutes:0.0} min.");
        return failures == 0 ? 0 : 1;
    }

    // The reference solution, then each tests/*/CorrectVariants/* folder that holds all of the kata's learner files.
    private static IEnumerable<(KataInfo Kata, string Name, string Folder)> CorrectVariants(string root, KataInfo kata)
    {
        yield return (kata, "solution", Path.Combine(root, "solutions", kata.FolderName));
        var folders = Directory.GetDirectories(Path.Combine(root, "tests"), "CorrectVariants", SearchOption.AllDirectories)
            .Where(d => !d.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(Directory.GetDirectories)
            .Where(d => kata.Manifest.LearnerFiles.All(f => File.Exists(Path.Combine(d, f))))
            .Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            yield return (kata, Path.GetFileName(folder), folder);
        }
    }

    // The resident memory goes with every run: a soak of hours must stay flat.
    private static void Progress(KataInfo kata, string name, int run, int runs, IReadOnlyList<CheckTally> tallies, TimeSpan elapsed)
    {
        foreach (var (tally, number) in tallies.Select((t, i) => (t, i + 1)))
        {
            if (tally.Runs[^1] is { Passed: false, Message: var message })
            {
                AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"[red]{Markup.Escape(name)} run {run}, check {number} failed:[/] {Markup.Escape(message ?? "")}");
            }
        }

        var runSeconds = tallies.Sum(t => t.Runs[^1].Elapsed.TotalSeconds);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"  {Markup.Escape(kata.FolderName)} {Markup.Escape(name)}: run {run}/{runs} in {runSeconds:0.0} s; {tallies.Sum(t => t.Failed)} failure(s) so far; {elapsed.TotalMinutes:0.0} min in all; bench {Environment.WorkingSet / 1_000_000:N0} MB resident");
    }
}
