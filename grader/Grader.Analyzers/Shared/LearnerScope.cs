using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KitchenKatas.Grader.Analyzers.Shared;

/// <summary>
/// Which files the KATA rules look at. In a kata build, katas/Directory.Build.targets makes the MSBuild
/// property <c>KataSourceDir</c> visible to analyzers: only files directly in that folder (the learner's
/// files) are analyzed, never the checks. Without the property (tests, the grader's hints) every file is.
/// </summary>
internal static class LearnerScope
{
    public static bool Includes(SyntaxTree tree, AnalyzerOptions options)
    {
        if (!options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.KataSourceDir", out var folder)
            || string.IsNullOrWhiteSpace(folder))
        {
            return true;
        }

        var path = Normalize(tree.FilePath);
        var slash = path.LastIndexOf('/');
        return slash >= 0 && string.Equals(path.Substring(0, slash), Normalize(folder), StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string path) => path.Replace('\\', '/').TrimEnd('/');
}
