using System.ComponentModel;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Dev;

/// <summary>
/// <c>kitchen dev new-kata NN-id</c>: writes a new kata that the self-check accepts as it is (see
/// <see cref="KataScaffold"/>), for its author to turn into the lesson they want. Under <c>dev</c>, not <c>kata</c>:
/// <c>kitchen kata</c> is the learner's loop, and a learner never makes a kata.
/// </summary>
internal sealed class DevNewKataCommand(IAnsiConsole console) : Command<DevNewKataCommand.Settings>
{
    /// <summary>Options of <c>kitchen dev new-kata</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FOLDER>")]
        [Description("The kata's folder: two digits, a dash and words in small letters, e.g. 04-soup-tally (its id is the words).")]
        public string Folder { get; init; } = "";

        [CommandOption("--title <TITLE>")]
        [Description("The title learners see; made from the id when absent.")]
        public string? Title { get; init; }

        [CommandOption("--repo <DIR>")]
        [Description("The Kitchen Katas repository (found from the current folder when absent).")]
        public string? Repo { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            KataScaffold.IsKataFolderName(Folder) ? ValidationResult.Success()
            : ValidationResult.Error($"\"{Folder}\" is not a kata folder name: two digits, a dash and words in small letters, like 04-soup-tally.");
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var root = settings.Repo is { } repo ? Path.GetFullPath(repo) : KataLocator.FindRepoRoot(Environment.CurrentDirectory);
        if (root is null)
        {
            console.MarkupLine("[red]No Kitchen Katas repository here:[/] run this inside one, or pass --repo.");
            return KitchenApp.UsageOrInternalError;
        }

        ScaffoldedKata made;
        try
        {
            made = KataScaffold.Create(root, settings.Folder, settings.Title);
        }
        catch (Exception e) when (e is ArgumentException or IOException)
        {
            console.MarkupLine($"[red]No kata written:[/] {Markup.Escape(e.Message)}");
            return KitchenApp.UsageOrInternalError;
        }

        console.MarkupLine($"[green]Kata {Markup.Escape(made.Kata.Manifest.Id)}[/] ({Markup.Escape(made.Kata.Manifest.Title)}) is in katas/{Markup.Escape(made.Kata.FolderName)}:");
        foreach (var file in made.Written)
        {
            console.MarkupLine($"  new      {Markup.Escape(file)}");
        }

        foreach (var file in made.Changed)
        {
            console.MarkupLine($"  changed  {Markup.Escape(file)}");
        }

        console.MarkupLine($"Next: [bold]kitchen dev check --kata {Markup.Escape(made.Kata.Manifest.Id)}[/] (its starter fails check 1, its solution passes both), then make it your lesson: CONTRIBUTING.md, \"Adding a kata\".");
        return 0;
    }
}
