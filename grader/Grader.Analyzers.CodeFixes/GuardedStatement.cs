using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace KitchenKatas.Grader.Analyzers.CodeFixes;

/// <summary>
/// Puts one statement of a block under <c>lock (gate)</c>. A local declaration is split, so the local stays in scope
/// after the lock: <c>var copy = _items.ToArray();</c> becomes <c>string[] copy; lock (_gate) { copy = _items.ToArray(); }</c>.
/// </summary>
internal static class GuardedStatement
{
    public static bool CanGuard(StatementSyntax? statement) =>
        statement?.Parent is BlockSyntax
        && (statement is not LocalDeclarationStatementSyntax local
            || (local.Declaration.Variables.Count == 1 && local.Declaration.Variables[0].Initializer is not null))
        && !statement.DescendantNodes().Any(n => n is AwaitExpressionSyntax);

    public static void Replace(Microsoft.CodeAnalysis.Editing.DocumentEditor editor, StatementSyntax statement, string gate)
    {
        var gateName = SyntaxFactory.IdentifierName(gate);
        if (statement is not LocalDeclarationStatementSyntax { Declaration: var declaration })
        {
            editor.ReplaceNode(statement, SyntaxFactory.LockStatement(gateName, SyntaxFactory.Block(statement.WithoutTrivia()))
                .WithTriviaFrom(statement)
                .WithAdditionalAnnotations(Formatter.Annotation));
            return;
        }

        var variable = declaration.Variables[0];
        var type = editor.SemanticModel.GetTypeInfo(declaration.Type).Type;
        var typeName = type is null || declaration.Type.IsVar && type is IErrorTypeSymbol
            ? declaration.Type
            : SyntaxFactory.ParseTypeName(type.ToMinimalDisplayString(editor.SemanticModel, statement.SpanStart));
        var declared = SyntaxFactory.LocalDeclarationStatement(SyntaxFactory.VariableDeclaration(
                typeName, SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(variable.Identifier))))
            .WithLeadingTrivia(statement.GetLeadingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        var assignment = SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(variable.Identifier), variable.Initializer!.Value.WithoutTrivia()));
        var guarded = SyntaxFactory.LockStatement(gateName, SyntaxFactory.Block(assignment))
            .WithTrailingTrivia(statement.GetTrailingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        editor.InsertBefore(statement, declared);
        editor.ReplaceNode(statement, guarded);
    }
}
