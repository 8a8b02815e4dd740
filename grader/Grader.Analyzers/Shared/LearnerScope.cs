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
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        if (!global.TryGetValue("build_property.KataSourceDir", out var folder) || string.IsNullOrWhiteSpace(folder))
        {
            return true;
        }

        // `-p:KataSourceDir=../elsewhere/` is relative to the project folder.
        if (!IsRooted(folder) && global.TryGetValue("build_property.ProjectDir", out var project) && !string.IsNullOrWhiteSpace(project))
        {
            folder = project.TrimEnd('/', '\\') + "/" + folder;
        }

        var path = Normalize(tree.FilePath);
        var slash = path.LastIndexOf('/');
        return slash >= 0 && string.Equals(path.Substring(0, slash), Normalize(folder), StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsRooted(string path) => path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':');

    // Forward slashes, no trailing slash, no `.` or `..` segments.
    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 1)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != "." && (part.Length > 0 || parts.Count == 0))
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }
}
