using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace KitchenKatas.Grader.Exploration;

public static partial class SourceInstrumenter
{
    // Calls that only tell the processor "I am spinning": under the explorer one chef runs at a time, so they mean nothing.
    private static readonly HashSet<string> SpinHints = new(StringComparer.Ordinal)
    {
        "Thread.Yield", "Thread.SpinWait", "Thread.Sleep", "SpinOnce", "Interlocked.MemoryBarrier", "Thread.MemoryBarrier",
    };

    /// <summary>A loop body that only spins: empty, or spin hints alone (<c>Thread.Sleep</c> only with 0 or 1 ms).</summary>
    private static bool IsSpinBody(StatementSyntax body) => body switch
    {
        EmptyStatementSyntax => true,
        BlockSyntax block => block.Statements.All(IsSpinBody),
        ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call } => IsSpinHint(call),
        _ => false,
    };

    private static bool IsSpinHint(InvocationExpressionSyntax call)
    {
        var name = call.Expression switch
        {
            MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax type, Name.Identifier.Text: var method } when type.Identifier.Text is "Thread" or "Interlocked" => $"{type.Identifier.Text}.{method}",
            MemberAccessExpressionSyntax { Name.Identifier.Text: "SpinOnce" } => "SpinOnce",
            _ => "",
        };
        return SpinHints.Contains(name)
            && (name != "Thread.Sleep" || call.ArgumentList.Arguments is [{ Expression: LiteralExpressionSyntax { Token.Value: 0 or 1 } }]);
    }

    /// <summary>
    /// The body of a spin loop becomes <c>{ Spin(site); }</c>: the chef stops being runnable until another chef changes
    /// something, instead of spinning through the step limit.
    /// </summary>
    private sealed class SpinsToHooks(IReadOnlyDictionary<SyntaxAnnotation, Mark> marks) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
        {
            var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
            return MarkOf(node, marks, MarkKind.Spin) is { } mark ? visited.WithStatement(SpinBody(mark)) : visited;
        }

        public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
        {
            var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
            return MarkOf(node, marks, MarkKind.Spin) is { } mark ? visited.WithStatement(SpinBody(mark)) : visited;
        }

        private static BlockSyntax SpinBody(Mark mark) => Block(ExpressionStatement(Call("Spin", Number(mark.Site.Id))));
    }
}
