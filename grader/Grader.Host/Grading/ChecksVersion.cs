using System.Collections.Concurrent;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Grading;

/// <summary>
/// Which checks graded a kata: a fingerprint of every file its build and checks are made of (<see cref="GraderFiles"/>,
/// the learner files left out), which decides whether an old grade still stands, and the repository's commit for people
/// to read. A class graded again after the checks changed regrades the students graded with the old ones, and only them.
/// </summary>
public static class ChecksVersion
{
    private static readonly ConcurrentDictionary<string, string?> Commits = new(StringComparer.Ordinal);

    /// <summary>The fingerprint of the checks <paramref name="kata"/> is graded with, as they are now.</summary>
    public static string Of(KataInfo kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        return GraderFiles.Take(kata.RepoRoot, kata.Folder, kata.Manifest.LearnerFiles).Fingerprint();
    }

    /// <summary>
    /// The commit of the repository <paramref name="kata"/> is in, with "+changes" when its kata folder or the grader
    /// differ from that commit; null where git cannot say (no git, not a clone). Asked once per kata and process.
    /// </summary>
    public static string? CommitOf(KataInfo kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        return Commits.GetOrAdd(kata.Folder, _ =>
        {
            var root = kata.RepoRoot;
            var head = Git(root, "rev-parse", "HEAD");
            if (head is not { Length: 40 })
            {
                return null;
            }

            var changes = Git(root, "status", "--porcelain", "--untracked-files=no", "--", kata.Folder, Path.Combine(root, "grader"));
            return changes is null ? null : changes.Length == 0 ? head : head + "+changes";
        });
    }

    // git's answer, trimmed; null when git is missing or fails.
    private static string? Git(string root, params string[] arguments)
    {
        try
        {
            var result = ChildProcessRunner.RunAsync(new ChildProcessRequest("git", ["-C", root, .. arguments])
            {
                Timeout = TimeSpan.FromSeconds(30),
                CaptureStacksOnTimeout = false,
            }).GetAwaiter().GetResult();
            return result.ExitCode == 0 ? result.StandardOutput.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on this machine
        }
    }
}
