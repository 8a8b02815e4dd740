using System.Collections.Immutable;
using KitchenKatas.Grader.Analyzers;
using KitchenKatas.Grader.Building;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KitchenKatas.Grader.Hints;

/// <summary>
/// Runs the KATA analyzers over a learner's files in memory, the same analyzers an editor or <c>dotnet build</c> runs,
/// and returns their diagnostics as hints sorted by file, line and id.
/// </summary>
public static class AnalyzerHints
{
    /// <summary>The code a kata provides beside the learner's files (its <c>Provided/</c> folder), which the analyzers read as context.</summary>
    public static string[] ProvidedFiles(string kataDir)
    {
        var provided = Path.Combine(kataDir, "Provided");
        return Directory.Exists(provided) ? Directory.GetFiles(provided, "*.cs", SearchOption.AllDirectories) : [];
    }

    /// <summary>Reads and analyzes the learner's <paramref name="files"/> (paths of C# files).</summary>
    /// <param name="files">The learner's files: hints point into these.</param>
    /// <param name="context">Files compiled beside them so their types bind (a kata's <c>Provided/</c>), never hinted at.</param>
    /// <param name="cancellation">Stops the analysis.</param>
    public static Task<IReadOnlyList<AnalyzerHint>> ForFilesAsync(
        IEnumerable<string> files, IEnumerable<string>? context = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        return ForSourcesAsync(Read(files), Read(context ?? []), cancellation);
    }

    /// <summary>Analyzes sources given as (path, text) pairs; the paths only name the files in the hints.</summary>
    /// <param name="sources">The learner's sources: hints point into these.</param>
    /// <param name="context">Sources compiled beside them so their types bind, never hinted at.</param>
    /// <param name="cancellation">Stops the analysis.</param>
    public static async Task<IReadOnlyList<AnalyzerHint>> ForSourcesAsync(
        IEnumerable<KeyValuePair<string, string>> sources,
        IEnumerable<KeyValuePair<string, string>>? context = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var learnerTrees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Value, options, s.Key, cancellationToken: cancellation)).ToArray();
        var trees = learnerTrees
            .Concat((context ?? []).Select(s => CSharpSyntaxTree.ParseText(s.Value, options, s.Key, cancellationToken: cancellation)))
            .Append(CSharpSyntaxTree.ParseText(InMemoryBuild.GlobalUsings, options, "ImplicitUsings.g.cs", cancellationToken: cancellation))
            .ToArray();
        var compilation = CSharpCompilation.Create(
            "Kitchen.Hints",
            trees,
            InMemoryBuild.References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var diagnostics = await compilation
            .WithAnalyzers(KataAnalyzers.Create(), new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
                concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync(cancellation)
            .ConfigureAwait(false);

        return diagnostics
            .Where(d => d.Id.StartsWith("KATA", StringComparison.Ordinal) && learnerTrees.Contains(d.Location.SourceTree))
            .Select(d => new AnalyzerHint(
                d.Id,
                d.Location.SourceTree!.FilePath,
                d.Location.GetLineSpan().StartLinePosition.Line + 1,
                d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(h => h.File, StringComparer.Ordinal)
            .ThenBy(h => h.Line)
            .ThenBy(h => h.Id, StringComparer.Ordinal)
            .ToArray();
    }

    private static IEnumerable<KeyValuePair<string, string>> Read(IEnumerable<string> paths) =>
        paths.Select(path => new KeyValuePair<string, string>(path, File.ReadAllText(path))).ToArray();
}
