using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Grading;

/// <summary>A place where learner code looks at its surroundings.</summary>
/// <param name="File">The learner file's name.</param>
/// <param name="Line">1-based line.</param>
/// <param name="What">What it reads, e.g. <c>Environment.GetEnvironmentVariable</c>.</param>
public sealed record InspectionSite(string File, int Line, string What);

/// <summary>
/// Finds learner code that reads environment variables, its own call stack or the process it runs in: the ways code
/// can tell it is being graded and behave well only then. Such code may still be innocent, so it is never failed for
/// it; the report names each place so a teacher can look. Syntax only: cheap, and it works on code that does not build.
/// </summary>
public static class SelfInspection
{
    // Members of Environment that tell code where and how it runs.
    private static readonly Dictionary<string, string> EnvironmentMembers = new(StringComparer.Ordinal)
    {
        ["GetEnvironmentVariable"] = "an environment variable",
        ["GetEnvironmentVariables"] = "the environment variables",
        ["ExpandEnvironmentVariables"] = "the environment variables",
        ["GetCommandLineArgs"] = "the command line",
        ["CommandLine"] = "the command line",
        ["StackTrace"] = "the call stack",
        ["ProcessPath"] = "its own process",
    };

    // Anywhere: members and types that only make sense for code that wants to know who runs it.
    private static readonly Dictionary<string, string> AnyMembers = new(StringComparer.Ordinal)
    {
        ["GetCallingAssembly"] = "the calling assembly",
        ["GetEntryAssembly"] = "the entry assembly",
        ["GetAssemblies"] = "the loaded assemblies",
        ["GetCurrentProcess"] = "its own process",
        ["GetProcesses"] = "the processes around it",
        ["GetProcessesByName"] = "the processes around it",
        ["GetProcessById"] = "the processes around it",
    };

    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["StackTrace"] = "the call stack",
        ["StackFrame"] = "the call stack",
    };

    /// <summary>Every place in <paramref name="files"/> that reads what <see cref="SelfInspection"/> looks for.</summary>
    public static IReadOnlyList<InspectionSite> Find(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sites = new List<InspectionSite>();
        foreach (var file in files.Where(File.Exists))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file).GetRoot();
            foreach (var node in root.DescendantNodes())
            {
                if (What(node) is { } found)
                {
                    sites.Add(new InspectionSite(Path.GetFileName(file), node.GetLocation().GetLineSpan().StartLinePosition.Line + 1, found));
                }
            }

            foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>()
                .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression) && IsProc(l.Token.ValueText)))
            {
                sites.Add(new InspectionSite(Path.GetFileName(file), literal.GetLocation().GetLineSpan().StartLinePosition.Line + 1, "/proc (the processes around it)"));
            }
        }

        return sites;
    }

    /// <summary>The note for the report, or null when no place was found.</summary>
    public static string? Note(IReadOnlyList<InspectionSite> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        if (sites.Count == 0)
        {
            return null;
        }

        var places = string.Join("; ", sites.Take(5).Select(s => $"{s.File} line {s.Line}: {s.What}"));
        return "Your code looks at its surroundings (environment variables, the call stack or the processes around it): "
            + places + ". A cook who only works well while the inspector watches has not learned the recipe, so a "
            + "teacher will read these lines; the score below still stands.";
    }

    // "/proc" lists every process the run can see; "/proc/..." reads one of them (or the machine's tables).
    private static bool IsProc(string path) =>
        path.TrimEnd('/') == "/proc" || path.StartsWith("/proc/", StringComparison.Ordinal);

    private static string? What(SyntaxNode node) => node switch
    {
        MemberAccessExpressionSyntax access when EnvironmentMembers.TryGetValue(access.Name.Identifier.ValueText, out var what)
            && access.Expression.ToString().EndsWith("Environment", StringComparison.Ordinal) => $"Environment.{access.Name.Identifier.ValueText} ({what})",
        MemberAccessExpressionSyntax access when AnyMembers.TryGetValue(access.Name.Identifier.ValueText, out var what) => $"{access.Name.Identifier.ValueText} ({what})",
        ObjectCreationExpressionSyntax creation when Types.TryGetValue(LastName(creation.Type), out var what) => $"new {LastName(creation.Type)} ({what})",
        _ => null,
    };

    private static string LastName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => type.ToString(),
    };
}
