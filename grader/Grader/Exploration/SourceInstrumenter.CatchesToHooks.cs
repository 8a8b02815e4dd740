using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace KitchenKatas.Grader.Exploration;

public static partial class SourceInstrumenter
{
    /// <summary>
    /// <c>try { … } catch { … }</c> becomes <c>{ var depth = CallDepth(); try { … } catch { Caught(depth); … } }</c>: a call
    /// that threw inside the <c>try</c> never reached its own end hook, and the <c>catch</c> is where it is known to be over.
    /// </summary>
    private sealed class CatchesToHooks : CSharpSyntaxRewriter
    {
        private int _count;

        public override SyntaxNode? VisitTryStatement(TryStatementSyntax node)
        {
            var visited = (TryStatementSyntax)base.VisitTryStatement(node)!;
            if (visited.Catches.Count == 0)
            {
                return visited;
            }

            var name = $"__kitchenCalls{_count++}";
            var caught = ExpressionStatement(Call("Caught", IdentifierName(name)));
            var catches = List(visited.Catches.Select(c => c.WithBlock(c.Block.WithStatements(c.Block.Statements.Insert(0, caught)))));
            return Block(
                LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(
                    VariableDeclarator(name).WithInitializer(EqualsValueClause(Call("CallDepth")))))),
                visited.WithCatches(catches))
                .WithTriviaFrom(node);
        }
    }
}
