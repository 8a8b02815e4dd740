using System.ComponentModel;
using System.Globalization;
using KitchenKatas.Grader.SelfCheck;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>
/// Adds up the shards of a soak split over several machines (each written by <c>soak --json</c>) into the one soak
/// they make, and says whether it reached the runs it was meant to: a missing shard must not pass for a clean soak.
/// </summary>
internal sealed class SoakSumCommand : Command<SoakSumCommand.Settings>
{
    /// <summary>Options of the sum.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATHS>")]
        [Description("Shard files written by soak --json, or folders holding them (searched to any depth).")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--expect-runs <N>")]
        [Description("Fail unless every check of every variant ran at least N times in all.")]
        public int? ExpectRuns { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var files = settings.Paths
            .SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p])
            .ToList();
        if (files.Count == 0)
        {
            AnsiConsole.MarkupLine("[red]No shard file found.[/]");
            return 2;
        }

        SoakRecord soak;
        try
        {
            soak = SoakRecord.Combine(files.Select(SoakRecord.Load));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 2;
        }

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"[bold]False-positive soak[/], {files.Count} shard file(s) from machines of {string.Join(", ", soak.Cores.Distinct().Order())} core(s).");
        var failures = SoakSummary.Print(soak);
        var shortfalls = settings.ExpectRuns is { } expected
            ? soak.Variants.SelectMany(v => v.Checks.Where(c => c.Runs.Count < expected).Select(c => $"{v.Kata} {v.Variant}: {c.Test[(c.Test.LastIndexOf('.') + 1)..]} ran {c.Runs.Count} times of {expected}")).ToList()
            : [];
        foreach (var line in shortfalls)
        {
            AnsiConsole.MarkupLine($"[red]Short:[/] {Markup.Escape(line)} (a shard missing, cut short or failed?)");
        }

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            $"False positives: [bold]{failures}[/] in {SoakSummary.CheckRuns(soak)} check runs, {soak.Variants.Sum(v => v.Checks.Sum(c => c.Runs.Sum(r => r.Elapsed.TotalMinutes))):0.0} min of checks.");
        return failures == 0 && shortfalls.Count == 0 ? 0 : 1;
    }
}
