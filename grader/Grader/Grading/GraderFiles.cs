using System.Security.Cryptography;

namespace KitchenKatas.Grader.Grading;

/// <summary>
/// A copy, held in memory, of every file a kata's build and checks are made from: the kata folder, the sources of the
/// grader projects the kata builds with, and the MSBuild, NuGet and SDK files a build picks up from grader/ and from
/// every folder above the kata (the repository's own, and any planted higher up). Learner code runs as the grader's own user and could rewrite any of
/// them; after each run <see cref="Restore"/> names what changed and puts it back, so the next build is the grader's.
/// </summary>
public sealed class GraderFiles
{
    // Files MSBuild, the SDK or NuGet pick up from a folder or any folder above it.
    private static readonly string[] PickedUpFromAbove =
    [
        "Directory.Build.props", "Directory.Build.targets", "Directory.Build.rsp", "Directory.Packages.props",
        "NuGet.config", "nuget.config", "NuGet.Config", "global.json", "KitchenKatas.slnx",
    ];

    // The grader projects every kata's build compiles and its checks load; the CLI and the bench are not among them.
    private static readonly string[] BuiltWithEveryKata = ["Grader", "Grader.Testing", "Grader.Analyzers", "Grader.Analyzers.CodeFixes"];

    private readonly string _repoRoot;
    private readonly Dictionary<string, byte[]?> _files;
    private readonly IReadOnlyList<string> _trees;

    private GraderFiles(string repoRoot, Dictionary<string, byte[]?> files, IReadOnlyList<string> trees)
    {
        _repoRoot = repoRoot;
        _files = files;
        _trees = trees;
    }

    /// <summary>Takes the copy for grading <paramref name="kataFolder"/> in the repository at <paramref name="repoRoot"/>.</summary>
    public static GraderFiles Take(string repoRoot, string kataFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(repoRoot);
        ArgumentException.ThrowIfNullOrEmpty(kataFolder);
        repoRoot = Path.GetFullPath(repoRoot);
        var trees = new[] { Path.GetFullPath(kataFolder) }.Concat(BuiltWithEveryKata.Select(p => Path.Combine(repoRoot, "grader", p))).ToArray();
        var files = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var path in Watched(repoRoot, trees))
        {
            files[path] = File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        return new GraderFiles(repoRoot, files, trees);
    }

    /// <summary>
    /// Puts back every watched file that was changed, deleted or added since the copy was taken; returns their paths
    /// relative to the repository (empty when nothing was touched).
    /// </summary>
    public IReadOnlyList<string> Restore()
    {
        var touched = new List<string>();
        foreach (var path in Watched(_repoRoot, _trees).Union(_files.Keys, StringComparer.Ordinal).ToArray())
        {
            var was = _files.GetValueOrDefault(path);
            var now = File.Exists(path) ? File.ReadAllBytes(path) : null;
            if (SameContent(was, now))
            {
                continue;
            }

            touched.Add(Path.GetRelativePath(_repoRoot, path).Replace('\\', '/'));
            if (was is null)
            {
                File.Delete(path);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, was);
            }
        }

        return touched.Order(StringComparer.Ordinal).ToArray();
    }

    private static bool SameContent(byte[]? a, byte[]? b) =>
        a is null || b is null ? a is null && b is null : a.Length == b.Length && SHA256.HashData(a).AsSpan().SequenceEqual(SHA256.HashData(b));

    private static IEnumerable<string> Watched(string repoRoot, IEnumerable<string> trees)
    {
        foreach (var tree in trees.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(tree, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(tree, file).Replace('\\', '/');
                if (!IsBuildOutput(relative))
                {
                    yield return file;
                }
            }
        }

        // The folders between the kata and the file system's root: only the files a build picks up from there,
        // whether they exist yet or not (a README changed meanwhile is nobody's business).
        for (var above = Path.GetDirectoryName(trees.First()); above is not null; above = Path.GetDirectoryName(above))
        {
            foreach (var name in PickedUpFromAbove)
            {
                yield return Path.Combine(above, name);
            }
        }

        foreach (var name in PickedUpFromAbove)
        {
            yield return Path.Combine(repoRoot, "grader", name);
        }
    }

    // bin/ and obj/ are rebuilt on every run; the test results folder is the test platform's.
    private static bool IsBuildOutput(string relative) =>
        relative.Split('/').Any(part => part is "bin" or "obj" or "TestResults");
}
