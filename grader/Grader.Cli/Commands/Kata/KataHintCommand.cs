using KitchenKatas.Grader.Cli.Companion;
using KitchenKatas.Grader.Hints;
using KitchenKatas.Grader.Katas;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Kata;

/// <summary><c>kitchen kata hint [ID]</c>: the next hint of a kata, one layer at a time; the layer reached is remembered.</summary>
internal sealed class KataHintCommand(IAnsiConsole console) : Command<OneKataSettings>
{
    public override int Execute(CommandContext context, OneKataSettings settings, CancellationToken cancellationToken)
    {
        if (KataPicker.Pick(console, settings, settings.Id) is not var (root, kata))
        {
            return KitchenApp.UsageOrInternalError;
        }

        var hints = HintBook.Read(Path.Combine(kata.Folder, "README.md"));
        if (hints.Count == 0)
        {
            console.MarkupLine($"{Markup.Escape(kata.Manifest.Title)} has no hints in its README.");
            return 0;
        }

        var progress = LearnerProgress.Load(root);
        var shown = progress.HintsShown.GetValueOrDefault(kata.Manifest.Id);
        var index = Math.Min(shown, hints.Count - 1);
        console.Write(new Panel(new Markup(TerminalMarkdown.ToMarkup(hints[index]))).Header($"{kata.Manifest.Title}: hint {index + 1} of {hints.Count}").Expand());
        progress.HintsShown[kata.Manifest.Id] = Math.Min(shown + 1, hints.Count);
        progress.Save(root);
        console.MarkupLine(index + 1 < hints.Count ? "Try again first; run the same command for the next hint." : "That was the last hint.");
        return 0;
    }
}
