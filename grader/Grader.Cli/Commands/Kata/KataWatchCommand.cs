using KitchenKatas.Grader.Grading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli.Commands.Kata;

/// <summary><c>kitchen kata watch [ID]</c>: runs the checks again each time a learner file is saved, until Ctrl+C.</summary>
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

        using var saved = new SemaphoreSlim(0);
        using var watcher = WatchLearnerFiles(kata, saved);
        await KataCheckCommand.CheckAsync(console, root, kata, cancellationToken).ConfigureAwait(false);
        console.MarkupLine($"Watching {Markup.Escape(string.Join(", ", kata.Manifest.LearnerFiles))}: save to check again, Ctrl+C to stop.");
        try
        {
            while (true)
            {
                await saved.WaitAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(Settle, cancellationToken).ConfigureAwait(false);
                while (saved.CurrentCount > 0)
                {
                    await saved.WaitAsync(cancellationToken).ConfigureAwait(false);
                }

                await KataCheckCommand.CheckAsync(console, root, kata, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("Stopped watching.");
            return 0;
        }
    }

    private static FileSystemWatcher WatchLearnerFiles(KataInfo kata, SemaphoreSlim saved)
    {
        var names = new HashSet<string>(kata.Manifest.LearnerFiles.Select(Path.GetFileName)!, StringComparer.Ordinal);
        var watcher = new FileSystemWatcher(kata.Folder) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName };
        void OnChange(object? sender, FileSystemEventArgs e)
        {
            if (names.Contains(e.Name ?? ""))
            {
                saved.Release();
            }
        }

        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Renamed += (s, e) => OnChange(s, e);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
