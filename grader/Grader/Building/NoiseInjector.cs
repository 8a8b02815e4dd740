using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace KitchenKatas.Grader.Building;

/// <summary>
/// Rewrites learner code so that every statement inside a block is preceded by a call to <see cref="Noise.Jitter"/>.
/// Behaviour on one thread is unchanged; on many threads the gaps between statements widen.
/// </summary>
public static class NoiseInjector
{
    private static readonly StatementSyntax JitterCall = ParseStatement("global::KitchenKatas.Grader.Building.Noise.Jitter();");

    /// <summary>Returns <paramref name="tree"/> with a jitter call before each statement of each block.</summary>
    public static SyntaxTree Inject(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var root = new JitterBeforeStatements().Visit(tree.GetRoot());
        return tree.WithRootAndOptions(root, tree.Options);
    }

    private sealed class JitterBeforeStatements : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitBlock(BlockSyntax node)
        {
            var visited = (BlockSyntax)base.VisitBlock(node)!;
            var statements = new List<StatementSyntax>(visited.Statements.Count * 2);
            foreach (var statement in visited.Statements)
            {
                // A local function or a label must keep its place; everything else gets a pause before it.
                if (statement is not (LocalFunctionStatementSyntax or LabeledStatementSyntax))
                {
                    statements.Add(JitterCall);
                }

                statements.Add(statement);
            }

            return visited.WithStatements(List(statements));
        }
    }
}
