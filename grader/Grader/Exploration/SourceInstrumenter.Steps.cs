using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace KitchenKatas.Grader.Exploration;

public static partial class SourceInstrumenter
{
    /// <summary>[MethodImpl(Synchronized)] locks <c>this</c> (or the type) around the body: the modelled lock does the same.</summary>
    private sealed class SynchronizedToLocks(IReadOnlyDictionary<SyntaxAnnotation, Mark> marks) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
            return MarkOf(node, marks, MarkKind.Synchronized) is not { } mark ? visited
                : visited.WithAttributeLists(WithoutMethodImpl(visited.AttributeLists)).WithExpressionBody(null).WithSemicolonToken(default)
                    .WithBody(Locked(mark, visited.Body, visited.ExpressionBody));
        }

        public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
        {
            var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
            return MarkOf(node, marks, MarkKind.Synchronized) is not { } mark ? visited
                : visited.WithAttributeLists(WithoutMethodImpl(visited.AttributeLists)).WithExpressionBody(null).WithSemicolonToken(default)
                    .WithBody(Locked(mark, visited.Body, visited.ExpressionBody));
        }

        private static BlockSyntax Locked(Mark mark, BlockSyntax? body, ArrowExpressionClauseSyntax? arrow)
        {
            var inner = body ?? Block(mark.IsVoid ? ExpressionStatement(arrow!.Expression) : ReturnStatement(arrow!.Expression));
            var on = ParseExpression(mark.LockExpression!);
            return Block(
                ExpressionStatement(Call("LockEnter", Number(mark.Site.Id), on)),
                TryStatement(inner, default, FinallyClause(Block(ExpressionStatement(Call("LockExit", Number(mark.Second!.Id), on))))));
        }

        private static SyntaxList<AttributeListSyntax> WithoutMethodImpl(SyntaxList<AttributeListSyntax> lists) =>
            List(lists
                .Select(l => l.WithAttributes(SeparatedList(l.Attributes.Where(a => !a.Name.ToString().Contains("MethodImpl", StringComparison.Ordinal)))))
                .Where(l => l.Attributes.Count > 0));
    }

    /// <summary><c>lock (x) body</c> becomes the modelled lock's enter, the body in a try, and its exit in the finally.</summary>
    private sealed class LocksToHooks(IReadOnlyDictionary<SyntaxAnnotation, Mark> marks) : CSharpSyntaxRewriter
    {
        private int _count;

        public override SyntaxNode? VisitLockStatement(LockStatementSyntax node)
        {
            var visited = (LockStatementSyntax)base.VisitLockStatement(node)!;
            if (MarkOf(node, marks, MarkKind.Lock) is not { } mark)
            {
                return visited;
            }

            var name = $"__kitchenLock{_count++}";
            var body = visited.Statement as BlockSyntax ?? Block(visited.Statement);
            return Block(
                LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"), SingletonSeparatedList(
                    VariableDeclarator(name).WithInitializer(EqualsValueClause(visited.Expression))))),
                ExpressionStatement(Call("LockEnter", Number(mark.Site.Id), IdentifierName(name))),
                TryStatement(body, default, FinallyClause(Block(ExpressionStatement(Call("LockExit", Number(mark.Second!.Id), IdentifierName(name)))))))
                .WithTriviaFrom(node);
        }
    }

    /// <summary>Member entries are logged (never scheduled), so a report can say which call each step belongs to.</summary>
    private sealed class EntriesToHooks(IReadOnlyDictionary<SyntaxAnnotation, Mark> marks) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
            return MarkOf(node, marks, MarkKind.Entry) is not { } mark ? visited
                : visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Logged(mark, visited.Body, visited.ExpressionBody));
        }

        public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
        {
            var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
            return MarkOf(node, marks, MarkKind.Entry) is not { } mark ? visited
                : visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Logged(mark, visited.Body, visited.ExpressionBody));
        }

        public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
        {
            var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
            if (MarkOf(node, marks, MarkKind.Entry) is not { } mark || visited.ExpressionBody is null)
            {
                return visited;
            }

            var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, Logged(mark, null, visited.ExpressionBody));
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(AccessorList(SingletonList(getter)));
        }

        private static BlockSyntax Logged(Mark mark, BlockSyntax? body, ArrowExpressionClauseSyntax? arrow)
        {
            var entered = ExpressionStatement(Call("Entered", [Number(mark.Site.Id), .. mark.Parameters.Select(p => (ExpressionSyntax)IdentifierName(p))]));
            if (body is not null)
            {
                return body.WithStatements(body.Statements.Insert(0, entered));
            }

            return Block(entered, mark.IsVoid ? Statement(arrow!.Expression) : ReturnStatement(arrow!.Expression));
        }

        // `void Wash() => _washed++;` arrives here as a hook call wrapped in a cast, which is no statement: discard its value
        // (a parsed `_`, since only the parser marks it as a discard).
        private static StatementSyntax Statement(ExpressionSyntax expression) =>
            expression is ParenthesizedExpressionSyntax parenthesized ? Statement(parenthesized.Expression)
            : expression is InvocationExpressionSyntax or AssignmentExpressionSyntax or PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax
                or AwaitExpressionSyntax or BaseObjectCreationExpressionSyntax
                ? ExpressionStatement(expression)
                : ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, ParseExpression("_"), expression));
    }
}
