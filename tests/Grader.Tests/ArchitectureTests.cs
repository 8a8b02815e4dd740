using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Katas;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Tests;

/// <summary>
/// The layout is the architecture (docs/architecture.md): the engine (grader/Grader, what a kata's checks load) never
/// uses the host (grader/Grader.Host, what only the CLI and the bench load), and no two folders of either use each
/// other, directly or round a longer loop. Read from the source with Roslyn's binder, so a qualified name
/// (<c>Exploration.ExplorationHooks</c>) counts as much as a using.
/// </summary>
[TestFixture]
public sealed class ArchitectureTests
{
    private static readonly string[] Projects = ["grader/Grader", "grader/Grader.Host"];

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> FolderUses = new(ReadFolderUses);

    [Test]
    public void The_engine_never_uses_the_host()
    {
        var fromEngine = FolderUses.Value
            .Where(f => f.Key.StartsWith("grader/Grader/", StringComparison.Ordinal))
            .SelectMany(f => f.Value.Keys.Where(used => used.StartsWith("grader/Grader.Host/", StringComparison.Ordinal)).Select(used => $"{f.Key} uses {used}"))
            .ToArray();

        Assert.That(fromEngine, Is.Empty);
    }

    [Test]
    public void No_two_folders_use_each_other()
    {
        var uses = FolderUses.Value;
        var loops = Loops(uses.ToDictionary(u => u.Key, u => (IReadOnlySet<string>)u.Value.Keys.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal))
            .Select(loop => string.Join("; ", loop.SelectMany(folder => uses[folder].Where(u => loop.Contains(u.Key)).Select(u => $"{folder} uses {u.Key} ({u.Value})"))))
            .ToArray();

        Assert.That(loops, Is.Empty, "each line is a loop of folders that use one another, with one name each use is seen at");
    }

    [Test]
    public void The_reading_sees_the_layers_it_should()
    {
        // Guards the reading itself: a binder that resolved nothing would find no loops, and prove nothing.
        var uses = FolderUses.Value;

        Assert.Multiple(() =>
        {
            Assert.That(uses["grader/Grader/Exploration"].Keys, Does.Contain("grader/Grader/Stress"), "the explorer runs the scenarios");
            Assert.That(uses["grader/Grader/Katas"].Keys, Does.Contain("grader/Grader/Exploration"), "a race check explores");
            Assert.That(uses["grader/Grader.Host/Grading"].Keys, Does.Contain("grader/Grader.Host/Katas"), "grading runs the kata");
            Assert.That(uses["grader/Grader.Host/Reporting"].Keys, Does.Contain("grader/Grader.Host/Grading"), "reports write grades");
        });
    }

    // Each folder (grader/Grader/Stress, say), the other folders of the two projects its code names, and where it first
    // names each (file and name).
    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ReadFolderUses()
    {
        var root = KataLocator.FindRepoRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no repository above the tests");
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);
        var files = Projects
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(root, project), "*.cs", SearchOption.AllDirectories)
                .Where(file => !IsBuildOutput(Path.GetRelativePath(Path.Combine(root, project), file)))
                .Select(file => (Folder: FolderOf(root, file), Path: file)))
            .ToArray();
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f.Path), parse, f.Path)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(InMemoryBuild.GlobalUsings, parse, "GlobalUsings.cs"));
        var compilation = CSharpCompilation.Create("Layout", trees, References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        var folderOfFile = files.ToDictionary(f => f.Path, f => f.Folder, StringComparer.Ordinal);

        var uses = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var tree in trees.Where(t => folderOfFile.ContainsKey(t.FilePath)))
        {
            var folder = folderOfFile[tree.FilePath];
            var used = uses.TryGetValue(folder, out var seen) ? seen : uses[folder] = new Dictionary<string, string>(StringComparer.Ordinal);
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var info = model.GetSymbolInfo(name);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                var declaredIn = symbol is null ? null : DeclaringFile(symbol);
                if (declaredIn is not null && folderOfFile.TryGetValue(declaredIn, out var other) && other != folder)
                {
                    used.TryAdd(other, $"{Path.GetFileName(tree.FilePath)}: {name.Identifier.Text}");
                }
            }
        }

        return uses.ToDictionary(u => u.Key, u => (IReadOnlyDictionary<string, string>)u.Value, StringComparer.Ordinal);
    }

    // The file of the type a symbol belongs to (a method's or a property's type, a type itself).
    private static string? DeclaringFile(ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }

        return type?.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree?.FilePath;
    }

    // Every loop of folders (a strongly connected part of more than one folder), found with Tarjan's algorithm.
    private static IEnumerable<IReadOnlyList<string>> Loops(IReadOnlyDictionary<string, IReadOnlySet<string>> uses)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var loops = new List<IReadOnlyList<string>>();

        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            foreach (var used in uses.TryGetValue(folder, out var set) ? set : new HashSet<string>())
            {
                if (!index.ContainsKey(used))
                {
                    Visit(used);
                    low[folder] = Math.Min(low[folder], low[used]);
                }
                else if (stack.Contains(used))
                {
                    low[folder] = Math.Min(low[folder], index[used]);
                }
            }

            if (low[folder] == index[folder])
            {
                var part = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    part.Add(member);
                }
                while (member != folder);

                if (part.Count > 1)
                {
                    loops.Add(part.Order(StringComparer.Ordinal).ToArray());
                }
            }
        }

        foreach (var folder in uses.Keys.Order(StringComparer.Ordinal).Where(f => !index.ContainsKey(f)))
        {
            Visit(folder);
        }

        return loops;
    }

    // grader/Grader/Stress/StressRunner.cs -> grader/Grader/Stress; a file at a project's top is its own folder.
    private static string FolderOf(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        var parts = relative.Split('/');
        return parts.Length > 3 ? string.Join('/', parts.Take(3)) : relative;
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Replace('\\', '/').Split('/')[0] is "bin" or "obj";

    // What the grader's projects compile against: the runtime and their packages, never the grader's own assemblies
    // (their types come from the sources read here).
    private static IEnumerable<MetadataReference> References() =>
        ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => Path.GetFileName(path) is not ("KitchenKatas.Grader.dll" or "KitchenKatas.Grader.Host.dll"))
            .Select(path => MetadataReference.CreateFromFile(path));
}
