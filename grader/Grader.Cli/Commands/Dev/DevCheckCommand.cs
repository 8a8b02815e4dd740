using System.ComponentModel;
using System.Globalization;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Dev;

/// <summary>
/// <c>kitchen dev check</c>: the grader's self-check. Every kata's layout, its starter failing what it must, its
/// reference solution passing everything, and each check's detection rate on the starter; one table row per fact,
/// with the fix of each broken one. Exit code 0 only when every fact holds.
/// </summary>
internal sealed class DevCheckCommand(IAnsiConsole console) : AsyncCommand<DevCheckCommand.Settings>
{
    /// <summary>Options of <c>kitchen dev check</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-k|--kata <ID>")]
        [Description("Check only this kata (id or folder, repeatable); all katas when absent. Repository-wide facts are always checked.")]
        public string[] Katas { get; init; } = [];

        [CommandOption("--runs <N>")]
        [Description("Runs of each check against the starter for its detection rate (the first is the dotnet test run).")]
        [DefaultValue(5)]
        public int Runs { get; init; } = 5;

        [CommandOption("--layout-only")]
        [Description("Only the facts that need no build: manifests, READMEs, hints, mirrored solutions, stray files.")]
        public bool LayoutOnly { get; init; }

        [CommandOption("--no-mutants")]
        [Description("Skip the race mutants of each reference solution (they cost minutes per kata; see dev mutants).")]
        public bool NoMutants { get; init; }

        [CommandOption("--repo <DIR>")]
        [Description("The Kitchen Katas repository (found from the current folder when absent).")]
        public string? Repo { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Runs < 1 ? ValidationResult.Error("--runs must be at least 1.") : ValidationResult.Success();
    }

    // More measures of power, each adding facts per kata: the race-mutation score, each survivor a broken fact.
    private static IPowerProbe[] PowerProbes(Settings settings) => settings.NoMutants ? [] : [new RaceMutationProbe()];

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = settings.Repo is null ? KataLocator.FindRepoRoot(Environment.CurrentDirectory) : Path.GetFullPath(settings.Repo);
        if (root is null || !Directory.Exists(Path.Combine(root, "katas")))
        {
            console.MarkupLine("[red]No Kitchen Katas repository here.[/] Run from inside it, or pass --repo.");
            return KitchenApp.UsageOrInternalError;
        }

        var katas = KataLocator.FindAll(root).Where(k => settings.Katas.Length == 0 || settings.Katas.Any(id => id == k.Manifest.Id || id == k.FolderName)).ToArray();
        var unknown = settings.Katas.Where(id => !katas.Any(k => id == k.Manifest.Id || id == k.FolderName)).ToArray();
        if (unknown.Length > 0)
        {
            console.MarkupLine($"[red]No kata named {Markup.Escape(string.Join(", ", unknown))}.[/]");
            return KitchenApp.UsageOrInternalError;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var facts = new List<SelfCheckFact>();
        facts.AddRange(KataLayoutFacts.Check(root).Where(f => settings.Katas.Length == 0 || f.Subject == "repository" || katas.Any(k => k.FolderName == f.Subject)));
        if (!settings.LayoutOnly)
        {
            foreach (var kata in katas)
            {
                var result = await KataSelfCheck.RunAsync(root, kata, settings.Runs, PowerProbes(settings),
                    line => console.MarkupLine(CultureInfo.InvariantCulture, $"[grey]{clock.Elapsed.TotalSeconds,6:0} s  {Markup.Escape(line)}[/]"), cancellationToken).ConfigureAwait(false);
                facts.AddRange(result.Facts);
            }
        }

        Print(facts, settings);
        return facts.All(f => f.Holds) ? 0 : 1;
    }

    private void Print(IReadOnlyList<SelfCheckFact> facts, Settings settings)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("", "Kata", "Fact", "Seen", "How to fix");
        foreach (var fact in facts)
        {
            table.AddRow(
                fact.Holds ? "[green]ok[/]" : "[red]FAIL[/]",
                Markup.Escape(fact.Subject),
                Markup.Escape(fact.Fact),
                Markup.Escape(fact.Detail),
                Markup.Escape(fact.Fix ?? ""));
        }

        console.Write(table);
        if (!settings.LayoutOnly)
        {
            console.MarkupLine(CultureInfo.InvariantCulture,
                $"A detection rate holds when at least 99.9 % of the {settings.Runs} run(s) caught the starter (under 1,000 runs: not one miss). "
                + $"The 95 % lower bound beside it reaches 99.9 % only after {DetectionRate.RunsToShowRequired:N0} runs without a miss.");
        }

        var broken = facts.Count(f => !f.Holds);
        console.MarkupLine(broken == 0
            ? $"[green]All {facts.Count} facts hold.[/]"
            : $"[red]{broken} of {facts.Count} facts do not hold.[/] Each row above says how to fix it.");
    }
}
