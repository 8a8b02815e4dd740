using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Katas;

/// <summary>A kata found on disk: its folder and its manifest.</summary>
/// <param name="Folder">The kata folder, e.g. <c>katas/01-racy-cart</c>.</param>
/// <param name="Manifest">Its kata.json.</param>
public sealed record KataInfo(string Folder, KataManifest Manifest)
{
    /// <summary>The folder's name, e.g. <c>01-racy-cart</c>.</summary>
    public string FolderName => Path.GetFileName(Path.TrimEndingDirectorySeparator(Folder));

    /// <summary>The repository the kata is in: katas/NN-id sits two folders below it.</summary>
    public string RepoRoot => Path.GetFullPath(Path.Combine(Folder, "..", ".."));
}

/// <summary>Finds the katas of a repository: every <c>katas/*/kata.json</c>. A new kata needs nothing else.</summary>
public static class KataLocator
{
    /// <summary>All katas under <paramref name="repoRoot"/>, in folder order.</summary>
    public static IReadOnlyList<KataInfo> FindAll(string repoRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(repoRoot);
        var katas = Path.Combine(repoRoot, "katas");
        return Directory.Exists(katas)
            ? Directory.GetDirectories(katas)
                .Where(d => File.Exists(Path.Combine(d, "kata.json")))
                .Order(StringComparer.Ordinal)
                .Select(d => new KataInfo(d, KataManifest.Load(Path.Combine(d, "kata.json"))))
                .ToArray()
            : [];
    }

    /// <summary>The repository root above <paramref name="start"/> (the folder holding KitchenKatas.slnx), or null.</summary>
    public static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KitchenKatas.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
