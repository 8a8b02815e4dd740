using System.ComponentModel;
using System.Globalization;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Mutation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Dev;

/// <summary>
/// <c>kitchen dev mutants</c>: plants race mutants in each kata's reference solution, runs the kata's checks against
/// each, and prints the race-mutation score with every survivor. Exit code 0 only when every mutant that counts died.
/// </summary>
internal sealed class DevMutantsCommand(IAnsiConsole console) : AsyncCommand<DevMutantsCommand.Settings>
{
    /// <summary>Options of <c>kitchen dev mutants</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-k|--kata <ID>")]
        [Description("Only this kata (id or folder, repeatable); all katas when absent.")]
        public string[] Katas { get; init; } = [];

        [CommandOption("--operator <ID>")]
        [Description("Only this mutation operator (repeatable), e.g. drop-lock; all when absent.")]
        public string[] Operators { get; init; } = [];

        [CommandOption("--budget <SCALE>")]
        [Description("Multiplies every stress budget of the checks.")]
        [DefaultValue(1.0)]
        public double Budget { get; init; } = 1.0;

        [CommandOption("--no-in-process")]
        [Description("Run every check with dotnet test, even the race scenarios the grader can run in memory.")]
        public bool NoInProcess { get; init; }

        [CommandOption("--list")]
        [Description("Only list the mutants, without running any check.")]
        public bool List { get; init; }

        [CommandOption("--repo <DIR>")]
        [Description("The Kitchen Katas repository (found from the current folder when absent).")]
        public string? Repo { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            var unknown = Operators.FirstOrDefault(o => RaceMutationOperators.Find(o) is null);
            return unknown is not null
                ? ValidationResult.Error($"Unknown operator '{unknown}'; use one of {string.Join(", ", RaceMutationOperators.All.Select(o => o.Id))}.")
                : Budget is > 0 and <= 100 ? ValidationResult.Success() : ValidationResult.Error("--budget must be above 0 and at most 100.");
        }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = settings.Repo ?? KataLocator.FindRepoRoot(Environment.CurrentDirectory);
        if (root is null || !File.Exists(Path.Combine(root, "KitchenKatas.slnx")))
        {
            console.MarkupLine("[red]No Kitchen Katas repository here.[/] Run from inside it, or pass --repo DIR.");
            return KitchenApp.UsageOrInternalError;
        }

        var all = KataLocator.FindAll(root);
        var katas = settings.Katas.Length == 0 ? all : all.Where(k => settings.Katas.Contains(k.Manifest.Id) || settings.Katas.Contains(k.FolderName)).ToArray();
        if (katas.Count == 0 || katas.Count < settings.Katas.Distinct().Count())
        {
            console.MarkupLine($"[red]Unknown kata.[/] Known: {Markup.Escape(string.Join(", ", all.Select(k => k.Manifest.Id)))}.");
            return KitchenApp.UsageOrInternalError;
        }

        var operators = settings.Operators.Length == 0 ? null : settings.Operators;
        if (settings.List)
        {
            foreach (var kata in katas)
            {
                List(kata, operators);
            }

            return 0;
        }

        var options = new RaceMutationOptions
        {
            BudgetScale = settings.Budget,
            Operators = operators,
            InProcess = !settings.NoInProcess,
            Progress = line => Console.Error.WriteLine(line), // progress to standard error, the report to standard output
        };
        var passed = true;
        foreach (var kata in katas)
        {
            var report = await RaceMutationRunner.RunAsync(kata, options, cancellationToken).ConfigureAwait(false);
            Write(report);
            passed &= report.Passed;
        }

        return passed ? 0 : 1;
    }

    private void List(KataInfo kata, IReadOnlyCollection<string>? operators)
    {
        var solution = RaceMutationRunner.SolutionFolder(kata);
        var chosen = RaceMutationOperators.All.Where(o => operators is null || operators.Contains(o.Id));
        var mutants = RaceMutantGenerator.Generate(solution, kata.Manifest.LearnerFiles, chosen);
        console.MarkupLine($"[bold]{Markup.Escape(kata.Manifest.Id)}[/]: {mutants.Count} race mutants");
        foreach (var mutant in mutants)
        {
            console.WriteLine($"  {mutant}");
        }
    }

    private void Write(RaceMutationReport report)
    {
        var score = report.Score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";
        var colour = report.Passed ? "green" : "red";
        console.MarkupLine($"[bold]{Markup.Escape(report.KataId)}[/] race-mutation score [{colour}]{score}[/]: " +
            $"{report.Killed} of {report.Killed + report.Survived} killed, {report.Stillborn} stillborn, {report.Equivalent} equivalent, " +
            $"{report.Duration.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s");
        foreach (var survivor in report.Survivors)
        {
            console.MarkupLine($"  [red]survivor[/] {Markup.Escape(survivor.Mutant.ToString())}");
        }

        foreach (var equivalent in report.Mutants.Where(m => m.Verdict == MutantVerdict.Equivalent))
        {
            console.MarkupLine($"  [grey]equivalent[/] {Markup.Escape(equivalent.Mutant.ToString())} [grey]({Markup.Escape(equivalent.Detail ?? "")})[/]");
        }

        foreach (var note in report.Notes)
        {
            console.MarkupLine($"  [yellow]note[/] {Markup.Escape(note)}");
        }
    }
}
