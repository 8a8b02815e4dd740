using System.Text.Json;
using KitchenKatas.Grader.Isolation;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// Builds the checks of several katas, each against the learner files in its own folder, in one <c>dotnet build</c>:
/// one restore and one look at the grader projects they share instead of one per kata. Afterwards each kata's checks
/// run with <see cref="KataTestRequest.NoBuild"/>, and other builds of those katas may skip the shared projects
/// (<see cref="KataTestRequest.SkipProjectReferences"/>).
/// </summary>
public static class KataPrebuild
{
    /// <summary>
    /// Builds the kata projects in <paramref name="kataDirs"/> through a solution filter over the repository's
    /// KitchenKatas.slnx (every kata is listed there). A non-zero exit code means some kata did not build: its
    /// learner files do not compile, say; build that kata on its own to get its errors. <paramref name="limits"/> caps
    /// the build's memory, processes and threads (null for none).
    /// </summary>
    public static async Task<ChildProcessResult> BuildAsync(
        string repoRoot, IEnumerable<string> kataDirs, TimeSpan timeout, ResourceLimits? limits, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(repoRoot);
        ArgumentNullException.ThrowIfNull(kataDirs);
        // The filter file and the build's own temporary files, all gone with the folder.
        using var scratch = new ScratchFolder("kata-build-");
        var projects = kataDirs
            .Select(dir => Directory.GetFiles(dir, "*.csproj").Single())
            .Select(project => Path.GetRelativePath(repoRoot, project).Replace('\\', '/'))
            .ToArray();
        var filter = Path.Combine(scratch.Path, "katas.slnf");
        var solution = new { solution = new { path = Path.GetFullPath(Path.Combine(repoRoot, "KitchenKatas.slnx")), projects } };
        await File.WriteAllTextAsync(filter, JsonSerializer.Serialize(solution), cancellationToken).ConfigureAwait(false);
        return await ChildProcessRunner.RunAsync(KataCommands.BuildMany(repoRoot, filter, scratch, timeout, limits),
            cancellationToken).ConfigureAwait(false);
    }
}
