using KitchenKatas.Grader.Cli.Companion;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Kata;

/// <summary>
/// <c>kitchen kata watch [ID]</c>: runs the checks again each time a learner file is saved, until Ctrl+C. A save made
/// while the checks run stops them and starts them again on the new save (see <see cref="CheckOnSave"/>).
/// </summary>
internal sealed class KataWatchCommand(IAnsiConsole console) : AsyncCommand<OneKataSettings>
{
    // Editors write a file in several steps; wait for them to settle before checking.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(400);

    public override async Task<int> ExecuteAsync(CommandContext context, OneKataSettings settings, CancellationToken cancellationToken)
    {
        if (KataPicker.Pick(console, settings, settings.Id) is not var (root, kata))
        {
            return KitchenApp.UsageOrInternalError;
        }

        var learnerFiles = kata.Manifest.LearnerFiles.Select(f => Path.Combine(kata.Folder, f)).ToArray();
        var loop = new CheckOnSave(
            learnerFiles,
            async token => await KataCheckCommand.CheckAsync(console, root, kata, token).ConfigureAwait(false),
            line => console.MarkupLine($"[yellow]{Markup.Escape(line)}[/]"),
            Settle);
        using var watcher = WatchLearnerFiles(kata, loop);
        console.MarkupLine($"Watching {Markup.Escape(string.Join(", ", kata.Manifest.LearnerFiles))}: save to check again, Ctrl+C to stop.");
        try
        {
            await loop.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("Stopped watching.");
            return 0;
        }
    }

    private static FileSystemWatcher WatchLearnerFiles(KataInfo kata, CheckOnSave loop)
    {
        var names = new HashSet<string>(kata.Manifest.LearnerFiles.Select(Path.GetFileName)!, StringComparer.Ordinal);
        var watcher = new FileSystemWatcher(kata.Folder) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName };
        void OnChange(object? sender, FileSystemEventArgs e)
        {
            if (names.Contains(e.Name ?? ""))
            {
                loop.Saved();
            }
        }

        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Renamed += (s, e) => OnChange(s, e);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
