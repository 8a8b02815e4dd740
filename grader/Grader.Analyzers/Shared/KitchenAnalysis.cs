using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KitchenKatas.Grader.Analyzers.Shared;

/// <summary>Registration helpers shared by the KATA analyzers: only learner files, only shared classes.</summary>
internal static class KitchenAnalysis
{
    /// <summary>Runs <paramref name="analyze"/> on every class in a learner's file that chefs share.</summary>
    public static void OnSharedClasses(AnalysisContext context, Action<SyntaxNodeAnalysisContext, SharedClass> analyze) =>
        context.RegisterSyntaxNodeAction(
            c =>
            {
                if (!LearnerScope.Includes(c.Node.SyntaxTree, c.Options))
                {
                    return;
                }

                var shared = SharedClass.Build((ClassDeclarationSyntax)c.Node, c.SemanticModel, c.CancellationToken);
                if (shared.IsShared)
                {
                    analyze(c, shared);
                }
            },
            SyntaxKind.ClassDeclaration);

    /// <summary>Runs <paramref name="analyze"/> on the given syntax in learner files only.</summary>
    public static void OnLearnerSyntax(AnalysisContext context, Action<SyntaxNodeAnalysisContext> analyze, params SyntaxKind[] kinds) =>
        context.RegisterSyntaxNodeAction(
            c =>
            {
                if (LearnerScope.Includes(c.Node.SyntaxTree, c.Options))
                {
                    analyze(c);
                }
            },
            kinds);

    /// <summary>Runs <paramref name="analyze"/> on the given operations in learner files only.</summary>
    public static void OnLearnerOperations(AnalysisContext context, Action<OperationAnalysisContext> analyze, params OperationKind[] kinds) =>
        context.RegisterOperationAction(
            c =>
            {
                if (LearnerScope.Includes(c.Operation.Syntax.SyntaxTree, c.Options))
                {
                    analyze(c);
                }
            },
            kinds);

    /// <summary>The code of <paramref name="node"/> as a message quotes it: its first line, cut short when long.</summary>
    public static string Quote(SyntaxNode node)
    {
        var text = node.ToString();
        var end = text.IndexOfAny(new[] { '\r', '\n' });
        var line = (end < 0 ? text : text.Substring(0, end)).TrimEnd();
        return line.Length > 60 ? line.Substring(0, 57).TrimEnd() + "…" : end < 0 ? line : line + " …";
    }

    /// <summary>The statement a node belongs to, and the earlier statements of the same block.</summary>
    public static IEnumerable<StatementSyntax> EarlierSiblings(SyntaxNode node)
    {
        var statement = node.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault();
        return statement?.Parent is BlockSyntax block
            ? block.Statements.TakeWhile(s => s != statement)
            : Enumerable.Empty<StatementSyntax>();
    }
}
