using System.ComponentModel;
using KitchenKatas.Grader.Cli.Companion;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Kata;

/// <summary><c>kitchen kata reset ID</c>: puts a kata's learner files back as they started, after asking.</summary>
internal sealed class KataResetCommand(IAnsiConsole console) : AsyncCommand<KataResetCommand.Settings>
{
    /// <summary>Options of <c>kata reset</c>.</summary>
    public sealed class Settings : KataSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The kata to reset (id or folder).")]
        public string Id { get; init; } = "";

        [CommandOption("-y|--yes")]
        [Description("Do not ask first.")]
        public bool Yes { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (KataPicker.Pick(console, settings, settings.Id) is not var (root, kata))
        {
            return KitchenApp.UsageOrInternalError;
        }

        var starters = await StarterFiles.ReadAsync(root, kata, cancellationToken).ConfigureAwait(false);
        if (starters is null)
        {
            console.MarkupLine("[red]The starter files cannot be found[/]: resetting needs the repository's git history.");
            return KitchenApp.UsageOrInternalError;
        }

        var files = string.Join(", ", kata.Manifest.LearnerFiles);
        if (!settings.Yes)
        {
            if (!console.Profile.Capabilities.Interactive)
            {
                console.MarkupLine($"Resetting would overwrite {Markup.Escape(files)}. Run again with [bold]--yes[/] to do it.");
                return KitchenApp.UsageOrInternalError;
            }

            if (!await console.ConfirmAsync($"Overwrite {Markup.Escape(files)} with the starter? Your changes will be lost.", defaultValue: false, cancellationToken).ConfigureAwait(false))
            {
                console.MarkupLine("Nothing was changed.");
                return 0;
            }
        }

        foreach (var (file, text) in starters)
        {
            await File.WriteAllTextAsync(Path.Combine(kata.Folder, file), text, cancellationToken).ConfigureAwait(false);
        }

        var progress = LearnerProgress.Load(root);
        progress.LastChecks.Remove(kata.Manifest.Id);
        progress.Save(root);
        var back = kata.Manifest.LearnerFiles.Count == 1 ? "is back as it" : "are back as they";
        console.MarkupLine($"{Markup.Escape(files)} {back} started.");
        return 0;
    }
}
