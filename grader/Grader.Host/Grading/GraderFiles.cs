using System.Security.Cryptography;

namespace KitchenKatas.Grader.Grading;

/// <summary>
/// A copy, held in memory, of every file a kata's build and checks are made from: the kata folder, the sources of the
/// grader projects the kata builds with, and the MSBuild, NuGet and SDK files a build picks up from grader/ and from
/// every folder above the kata (the repository's own, and any planted higher up). Learner code runs as the grader's own user and could rewrite any of
/// them; after each run <see cref="Restore"/> names what changed and puts it back, so the next build is the grader's.
/// </summary>
/// <remarks>
/// When a kata is graded in place, its folder is also the learner's desk: the learner files, and any new file they
/// leave at the top of the kata folder (notes, an editor's backup), are theirs. Those are never watched, so a save
/// made while the checks run is never taken for tampering, and never put back or deleted.
/// </remarks>
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

    // Kinds of new file at the top of a kata folder that change how MSBuild builds it. Any other new file there is the
    // learner's: a new .cs file is their code (the kata compiles every .cs file at its top), a .swp file their editor's.
    private static readonly string[] BuildKinds = [".csproj", ".props", ".targets", ".rsp"];

    private readonly string _repoRoot;
    private readonly Dictionary<string, byte[]?> _files;
    private readonly IReadOnlyList<string> _trees;
    private readonly LearnerDesk? _desk;

    private GraderFiles(string repoRoot, Dictionary<string, byte[]?> files, IReadOnlyList<string> trees, LearnerDesk? desk)
    {
        _repoRoot = repoRoot;
        _files = files;
        _trees = trees;
        _desk = desk;
    }

    /// <summary>
    /// Takes the copy for grading <paramref name="kataFolder"/> in the repository at <paramref name="repoRoot"/>, when
    /// the learner files come from somewhere else (a submission): every file of the kata folder is the grader's.
    /// </summary>
    public static GraderFiles Take(string repoRoot, string kataFolder) => Take(repoRoot, kataFolder, null);

    /// <summary>
    /// Takes the copy for grading <paramref name="kataFolder"/>; <paramref name="learnerFiles"/> (paths relative to the
    /// kata folder) are given when the kata is graded in place: those files, and new files the learner leaves at the top
    /// of the kata folder that no build reads, are the learner's and are never watched, put back or deleted.
    /// </summary>
    public static GraderFiles Take(string repoRoot, string kataFolder, IReadOnlyCollection<string>? learnerFiles)
    {
        ArgumentException.ThrowIfNullOrEmpty(repoRoot);
        ArgumentException.ThrowIfNullOrEmpty(kataFolder);
        repoRoot = Path.GetFullPath(repoRoot);
        var kata = Path.GetFullPath(kataFolder);
        var trees = new[] { kata }.Concat(BuiltWithEveryKata.Select(p => Path.Combine(repoRoot, "grader", p))).ToArray();
        var desk = learnerFiles is null ? null : new LearnerDesk(kata, learnerFiles);
        var files = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var path in Watched(repoRoot, trees).Where(p => desk?.Owns(p) != true))
        {
            files[path] = File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        return new GraderFiles(repoRoot, files, trees, desk);
    }

    /// <summary>
    /// Puts back every watched file that was changed, deleted or added since the copy was taken; returns their paths
    /// relative to the repository (empty when nothing was touched).
    /// </summary>
    public IReadOnlyList<string> Restore() => Compare(putBack: true);

    /// <summary>
    /// Names every watched file that was changed, deleted or added since the copy was taken, and changes nothing: for a
    /// test that must check the grader's files without ever deleting a file a developer is writing meanwhile.
    /// </summary>
    public IReadOnlyList<string> Changed() => Compare(putBack: false);

    /// <summary>
    /// A fingerprint of every watched file as it was when the copy was taken (its path in the repository and its
    /// bytes): equal fingerprints mean the same checks, built the same way.
    /// </summary>
    public string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, bytes) in _files.Where(f => f.Value is not null).OrderBy(f => Relative(f.Key), StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Relative(path) + "\n"));
            hash.AppendData(SHA256.HashData(bytes!));
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    private string Relative(string path) => Path.GetRelativePath(_repoRoot, path).Replace('\\', '/');

    private IReadOnlyList<string> Compare(bool putBack)
    {
        var touched = new List<string>();
        foreach (var path in Watched(_repoRoot, _trees).Union(_files.Keys, StringComparer.Ordinal).ToArray())
        {
            // A new file on the learner's desk that no build reads (their notes, an editor's swap file) is theirs.
            if (!_files.ContainsKey(path) && _desk?.OwnsNew(path) == true)
            {
                continue;
            }

            var was = _files.GetValueOrDefault(path);
            var now = File.Exists(path) ? File.ReadAllBytes(path) : null;
            if (SameContent(was, now))
            {
                continue;
            }

            touched.Add(Path.GetRelativePath(_repoRoot, path).Replace('\\', '/'));
            if (!putBack)
            {
                continue;
            }

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

    // The top of a kata folder graded in place, where the learner works.
    private sealed class LearnerDesk(string kataFolder, IReadOnlyCollection<string> learnerFiles)
    {
        private readonly HashSet<string> _learnerFiles = new(
            learnerFiles.Select(f => Path.GetFullPath(Path.Combine(kataFolder, f))), StringComparer.Ordinal);

        // The learner files themselves, and the kata's Markdown (a learner may keep notes in it; no check reads it to judge).
        public bool Owns(string path) =>
            _learnerFiles.Contains(path)
            || (OnTop(path) && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase));

        public bool OwnsNew(string path) =>
            Owns(path)
            || (OnTop(path) && !PickedUpFromAbove.Contains(Path.GetFileName(path), StringComparer.Ordinal)
                && !BuildKinds.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase));

        private bool OnTop(string path) => string.Equals(Path.GetDirectoryName(path), kataFolder, StringComparison.Ordinal);
    }
}
