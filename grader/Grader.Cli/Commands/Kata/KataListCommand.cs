using KitchenKatas.Grader.Cli.Companion;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Kata;

/// <summary><c>kitchen kata list</c>: every kata, whether it is started, failing or passing, and its last score.</summary>
internal sealed class KataListCommand(IAnsiConsole console) : AsyncCommand<KataSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, KataSettings settings, CancellationToken cancellationToken)
    {
        var root = settings.ResolveRepo();
        if (root is null)
        {
            console.MarkupLine("[red]No Kitchen Katas repository here.[/] Run from inside it, or pass --repo DIR.");
            return KitchenApp.UsageOrInternalError;
        }

        var progress = LearnerProgress.Load(root);
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Kata", "Folder", "Status", "Last score");
        foreach (var kata in KataLocator.FindAll(root))
        {
            var starters = await StarterFiles.ReadAsync(root, kata, cancellationToken).ConfigureAwait(false);
            progress.LastChecks.TryGetValue(kata.Manifest.Id, out var last);
            var status = last is { Passed: true } ? "[green]passing[/]"
                : starters is not null && StarterFiles.Untouched(kata, starters) ? "[grey]not started[/]"
                : last is not null ? "[red]failing[/]"
                : "[yellow]started, not checked[/]";
            table.AddRow(
                Markup.Escape($"{kata.Manifest.Title} ({kata.Manifest.Id})"),
                Markup.Escape(Path.GetRelativePath(root, kata.Folder)),
                status,
                last is null ? "-" : $"{last.Score}/{last.MaxScore}");
        }

        console.Write(table);
        console.MarkupLine("Next: [bold]kitchen kata check[/] runs the checks of the kata you are on; [bold]kitchen kata hint[/] gives its next hint.");
        return 0;
    }
}
