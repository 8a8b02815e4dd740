using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Cli.Companion;

/// <summary>The starter version of a kata's learner files: as git first recorded them.</summary>
internal static class StarterFiles
{
    /// <summary>The starter text of each learner file, or null when git cannot tell (no git, no history).</summary>
    public static async Task<IReadOnlyDictionary<string, string>?> ReadAsync(string repoRoot, KataInfo kata, CancellationToken cancellationToken)
    {
        var starters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in kata.Manifest.LearnerFiles)
        {
            var path = Path.GetRelativePath(repoRoot, Path.Combine(kata.Folder, file)).Replace('\\', '/');
            var first = await Git(repoRoot, cancellationToken, "log", "--diff-filter=A", "--format=%H", "--", path).ConfigureAwait(false);
            var commit = first?.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            var text = commit is null ? null : await Git(repoRoot, cancellationToken, "show", $"{commit}:{path}").ConfigureAwait(false);
            if (text is null)
            {
                return null;
            }

            starters[file] = text;
        }

        return starters;
    }

    /// <summary>True when every learner file still reads as its starter.</summary>
    public static bool Untouched(KataInfo kata, IReadOnlyDictionary<string, string> starters) =>
        kata.Manifest.LearnerFiles.All(f =>
            File.Exists(Path.Combine(kata.Folder, f)) && Normalize(File.ReadAllText(Path.Combine(kata.Folder, f))) == Normalize(starters[f]));

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    private static async Task<string?> Git(string repoRoot, CancellationToken cancellationToken, params string[] args)
    {
        try
        {
            var result = await ChildProcessRunner.RunAsync(
                new ChildProcessRequest("git", ["-C", repoRoot, .. args]) { Timeout = TimeSpan.FromSeconds(30) }, cancellationToken).ConfigureAwait(false);
            return result.ExitCode == 0 ? result.StandardOutput : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
