using KitchenKatas.Grader.Cli.Companion;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using Spectre.Console;

namespace KitchenKatas.Grader.Cli.Commands.Kata;

/// <summary>Finds the kata a companion command is about: the one named, the one whose folder the learner is in, or the first not yet passing.</summary>
internal static class KataPicker
{
    public static (string Root, KataInfo Kata)? Pick(IAnsiConsole console, KataSettings settings, string? id)
    {
        var root = settings.ResolveRepo();
        if (root is null)
        {
            console.MarkupLine("[red]No Kitchen Katas repository here.[/] Run from inside it, or pass --repo DIR.");
            return null;
        }

        var katas = KataLocator.FindAll(root);
        var cwd = Path.GetFullPath(Environment.CurrentDirectory);
        var progress = LearnerProgress.Load(root);
        var kata = id is not null
            ? katas.FirstOrDefault(k => k.Manifest.Id == id || k.FolderName == id)
            : katas.FirstOrDefault(k => cwd.StartsWith(Path.GetFullPath(k.Folder), StringComparison.Ordinal))
                ?? katas.FirstOrDefault(k => !(progress.LastChecks.TryGetValue(k.Manifest.Id, out var last) && last.Passed))
                ?? katas.LastOrDefault();
        if (kata is null)
        {
            console.MarkupLine($"[red]No kata {Markup.Escape(id ?? "")}[/]. Known: {Markup.Escape(string.Join(", ", katas.Select(k => k.Manifest.Id)))}.");
            return null;
        }

        return (root, kata);
    }
}
