using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KitchenKatas.Grader.Building;

/// <summary>
/// Compiles a handful of source files in memory and loads the result into a collectible load context,
/// so a learner's code can be built again (with noise, say) and thrown away afterwards.
/// </summary>
public sealed class InMemoryBuild : IDisposable
{
    // Shared with the analyzer hints, so learner code binds the same way in both.
    internal static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);
    private readonly LoadContext _context;

    private InMemoryBuild(LoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    /// <summary>The loaded assembly.</summary>
    public Assembly Assembly { get; }

    /// <summary>Parses, optionally rewrites, compiles and loads <paramref name="files"/>.</summary>
    /// <param name="files">Paths of the C# files to compile together.</param>
    /// <param name="rewrite">Applied to each tree whose path <paramref name="shouldRewrite"/> accepts.</param>
    /// <param name="shouldRewrite">Which files to rewrite; all when null.</param>
    /// <exception cref="BuildFailedException">The sources do not compile.</exception>
    public static InMemoryBuild Compile(IEnumerable<string> files, Func<SyntaxTree, SyntaxTree>? rewrite = null, Func<string, bool>? shouldRewrite = null) =>
        Compile(files, rewrite is null ? null : (_, tree) => rewrite(tree), shouldRewrite);

    /// <summary>
    /// Parses, optionally rewrites, compiles and loads <paramref name="files"/>; the rewrite sees the compilation of the
    /// unmodified sources, so it can ask the semantic model what a name binds to (a field, a local, a Dictionary).
    /// </summary>
    /// <param name="files">Paths of the C# files to compile together.</param>
    /// <param name="rewrite">Applied to each tree whose path <paramref name="shouldRewrite"/> accepts.</param>
    /// <param name="shouldRewrite">Which files to rewrite; all when null.</param>
    /// <exception cref="BuildFailedException">The sources do not compile.</exception>
    public static InMemoryBuild Compile(IEnumerable<string> files, Func<CSharpCompilation, SyntaxTree, SyntaxTree>? rewrite, Func<string, bool>? shouldRewrite) =>
        Compile(files, rewrite, shouldRewrite, debug: false);

    /// <summary>
    /// As <see cref="Compile(IEnumerable{string}, Func{CSharpCompilation, SyntaxTree, SyntaxTree}?, Func{string, bool}?)"/>,
    /// as a Debug build when <paramref name="debug"/> is set: the DEBUG and TRACE symbols are defined, so
    /// <c>Debug.Assert</c> and <c>#if DEBUG</c> code stay in, as in the learner's own Debug build.
    /// </summary>
    /// <param name="files">Paths of the C# files to compile together.</param>
    /// <param name="rewrite">Applied to each tree whose path <paramref name="shouldRewrite"/> accepts.</param>
    /// <param name="shouldRewrite">Which files to rewrite; all when null.</param>
    /// <param name="debug">Build as the SDK's Debug configuration does.</param>
    /// <exception cref="BuildFailedException">The sources do not compile.</exception>
    public static InMemoryBuild Compile(IEnumerable<string> files, Func<CSharpCompilation, SyntaxTree, SyntaxTree>? rewrite, Func<string, bool>? shouldRewrite, bool debug)
    {
        ArgumentNullException.ThrowIfNull(files);
        var parse = debug ? DebugParseOptions : ParseOptions;
        var trees = files.Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parse, path)).ToArray();
        var compilation = CreateCompilation(trees, debug);
        trees = compilation.SyntaxTrees.ToArray();
        if (rewrite is not null)
        {
            // Every rewrite asks the same, unmodified compilation; the rewritten trees replace the originals at the end.
            var original = compilation;
            foreach (var tree in trees.Where(t => t.FilePath != GlobalUsingsPath && (shouldRewrite?.Invoke(t.FilePath) ?? true)))
            {
                compilation = compilation.ReplaceSyntaxTree(tree, rewrite(original, tree));
            }
        }

        using var image = new MemoryStream();
        var name = compilation.AssemblyName!;
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new BuildFailedException(emitted.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.ToString())
                .ToArray());
        }

        image.Position = 0;
        var context = new LoadContext(name);
        return new InMemoryBuild(context, context.LoadFromStream(image));
    }

    /// <summary>
    /// A compilation of <paramref name="trees"/> (plus the SDK's implicit usings) against the running framework and the
    /// grader, with the options every in-memory build uses.
    /// </summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees) => CreateCompilation(trees, debug: false);

    /// <summary>As <see cref="CreateCompilation(IEnumerable{SyntaxTree})"/>, unoptimised (a Debug build) when <paramref name="debug"/> is set.</summary>
    /// <param name="trees">The parsed sources.</param>
    /// <param name="debug">Compile as the SDK's Debug configuration does.</param>
    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees, bool debug)
    {
        ArgumentNullException.ThrowIfNull(trees);
        return CSharpCompilation.Create(
            "Kitchen.InMemory." + Guid.NewGuid().ToString("N"),
            trees.Append(CSharpSyntaxTree.ParseText(GlobalUsings, ParseOptions, GlobalUsingsPath)),
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: debug ? OptimizationLevel.Debug : OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true));
    }

    /// <summary>How every in-memory build parses C#: the latest language version.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>How a Debug build parses C#: as <see cref="ParseOptions"/>, with the symbols the SDK defines in Debug.</summary>
    public static CSharpParseOptions DebugParseOptions { get; } = ParseOptions.WithPreprocessorSymbols("DEBUG", "TRACE");

    /// <summary>Unloads the assembly once nothing refers to it any more.</summary>
    public void Dispose() => _context.Unload();

    private const string GlobalUsingsPath = "GlobalUsings.g.cs";

    // The same implicit usings as an SDK project with ImplicitUsings enabled.
    internal const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        // The running framework's own assemblies, plus the grader (scenarios are written against it).
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.Win32.Primitives.dll");
        return platform
            .Append(typeof(InMemoryBuild).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
    }

    private sealed class LoadContext(string name) : AssemblyLoadContext(name, isCollectible: true)
    {
        // Everything but the learner's code comes from the context that loaded this grader, so grader types are
        // shared with the check that asked for the build. Under dotnet test that is the default context; when the
        // self-check or the soak runs a kata's checks in a context of their own, a rebuilt scenario bound to the
        // default context's grader would be a stranger type, and the explorer would silently not run.
        private static readonly AssemblyLoadContext Home = GetLoadContext(typeof(InMemoryBuild).Assembly) ?? Default;

        protected override Assembly? Load(AssemblyName assemblyName) =>
            ReferenceEquals(Home, Default) ? null : Home.LoadFromAssemblyName(assemblyName);
    }
}
