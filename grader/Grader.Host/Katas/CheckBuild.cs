using System.Xml.Linq;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// A kata's checks built against one folder of learner files, and a snapshot of that build to run in process. The
/// snapshot is taken only when the build's stamp names the expected learner files, so another build of the same
/// kata at the same time cannot slip its own files in.
/// </summary>
public static class CheckBuild
{
    /// <summary>Builds the checks of <paramref name="kataDir"/> against <paramref name="sourceDir"/> (null: the kata's own files) and takes a snapshot.</summary>
    /// <exception cref="InvalidOperationException">The build failed; the message holds its errors.</exception>
    public static async Task<CheckAssembly> BuildAsync(string kataDir, string? sourceDir, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(kataDir);
        // With the grader projects it references: nothing else may have built them yet.
        var build = await KataTestRunner.BuildAsync(
            new KataTestRequest(kataDir) { SourceDir = sourceDir, SkipProjectReferences = false, Timeout = TimeSpan.FromMinutes(10) },
            cancellationToken).ConfigureAwait(false);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"Building {kataDir} against {sourceDir ?? "its own files"} failed ({build.Describe()}):\n{build.StandardOutput}");
        }

        return Snapshot(kataDir, sourceDir ?? kataDir);
    }

    /// <summary>A snapshot of the kata's last build, which must have been built against <paramref name="sourceDir"/>.</summary>
    /// <exception cref="InvalidOperationException">The last build is missing or was built against other files.</exception>
    public static CheckAssembly Snapshot(string kataDir, string sourceDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(kataDir);
        ArgumentException.ThrowIfNullOrEmpty(sourceDir);
        var assembly = AssemblyPath(kataDir);
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"{assembly} is missing: build the kata first.");
        }

        var snapshot = CheckAssembly.LoadSnapshot(assembly);
        var built = snapshot.BuildInfo?.SourceDir;
        if (built is null || !SameFolder(built, sourceDir))
        {
            snapshot.Dispose();
            throw new InvalidOperationException(
                $"{assembly} was built against {built ?? "unknown files"}, not {sourceDir}: another build of the kata ran at the same time. Run again.");
        }

        return snapshot;
    }

    /// <summary>Where the kata's checks are built: bin/Debug/net10.0/ and the AssemblyName of its project.</summary>
    public static string AssemblyPath(string kataDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(kataDir);
        var project = Directory.GetFiles(kataDir, "*.csproj").Single();
        var name = XDocument.Load(project).Descendants("AssemblyName").FirstOrDefault()?.Value ?? Path.GetFileNameWithoutExtension(project);
        return Path.Combine(kataDir, "bin", "Debug", "net10.0", name + ".dll");
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)),
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)),
            StringComparison.Ordinal);
}
