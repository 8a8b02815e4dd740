using System.Reflection;
using Microsoft.CodeAnalysis;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>Builds the descriptors of the KATA rules, each with a help link to its page in <c>docs/</c>.</summary>
internal static class RuleHelp
{
    // The docs folder of the clone that built this assembly (see the project file), so links work offline.
    private static readonly string DocsRoot = FindDocsRoot();

    /// <summary>The help link of a rule: its page, <c>docs/KATA00N.md</c>.</summary>
    public static string LinkFor(string id) => DocsRoot + id + ".md";

    /// <summary>A teaching rule: a warning, on by default, never a broken build.</summary>
    public static DiagnosticDescriptor Rule(string id, string title, string message, string description) =>
        new(
            id: id,
            title: title,
            messageFormat: message,
            category: "Concurrency",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: LinkFor(id));

    private static string FindDocsRoot()
    {
        var folder = typeof(RuleHelp).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "KataRuleDocs")?.Value ?? "grader/Grader.Analyzers/docs/";
        folder = folder.Replace('\\', '/');
        return folder.StartsWith("/", StringComparison.Ordinal) ? "file://" + folder : "file:///" + folder;
    }
}
