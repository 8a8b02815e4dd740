using System.Reflection;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// Where a kata's checks were built from, as stamped into the test assembly by katas/Directory.Build.targets:
/// the kata folder, and the folder whose learner files were compiled (the learner's, the reference
/// solution's, or a submission's).
/// </summary>
/// <param name="KataDir">The kata folder, with <c>kata.json</c>.</param>
/// <param name="SourceDir">The folder the learner files came from.</param>
/// <param name="IsSolution">Built with <c>-p:KataSolution=true</c>.</param>
public sealed record KataBuildInfo(string KataDir, string SourceDir, bool IsSolution)
{
    /// <summary>Reads the stamp from <paramref name="assembly"/>; null when it has none.</summary>
    public static KataBuildInfo? Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var meta = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        return meta.TryGetValue("KataDir", out var dir) && dir is not null && meta.TryGetValue("KataSourceDir", out var src) && src is not null
            ? new KataBuildInfo(dir, src, string.Equals(meta.GetValueOrDefault("KataSolution"), "true", StringComparison.OrdinalIgnoreCase))
            : null;
    }

    /// <summary>The kata's manifest.</summary>
    public KataManifest LoadManifest() => KataManifest.Load(Path.Combine(KataDir, "kata.json"));

    /// <summary>Full paths of the learner files that were compiled.</summary>
    public IReadOnlyList<string> LearnerFiles() =>
        LoadManifest().LearnerFiles.Select(f => Path.GetFullPath(Path.Combine(SourceDir, f))).ToArray();
}
