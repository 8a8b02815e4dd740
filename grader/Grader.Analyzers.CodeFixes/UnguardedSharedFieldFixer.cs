using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace KitchenKatas.Grader.Analyzers.CodeFixes;

/// <summary>
/// Fixes KATA002 by taking the class's lock around the use: the statement is wrapped in <c>lock (_gate)</c>, or an
/// expression body (<c>public int Total =&gt; _total;</c>) becomes a block that returns under the lock.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnguardedSharedFieldFixer)), Shared]
public sealed class UnguardedSharedFieldFixer : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.UnguardedSharedField);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(context.Span, getInnermostNodeForTie: true);
        var type = node?.FirstAncestorOrSelf<ClassDeclarationSyntax>();
        var statement = node?.FirstAncestorOrSelf<StatementSyntax>();
        var arrow = node?.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>();
        if (type is null || (!GuardedStatement.CanGuard(statement) && !IsFixableArrow(arrow)))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Take the lock here", c => FixAsync(context.Document, type, statement, arrow, c), "KATA002.Lock"),
            context.Diagnostics[0]);
    }

    // Only arrows of members that can hold a lock: not async, not iterators, not lambdas.
    private static bool IsFixableArrow(ArrowExpressionClauseSyntax? arrow) => arrow?.Parent switch
    {
        MethodDeclarationSyntax method => !method.Modifiers.Any(SyntaxKind.AsyncKeyword),
        PropertyDeclarationSyntax or AccessorDeclarationSyntax => true,
        _ => false,
    };

    private static async Task<Document> FixAsync(
        Document document, ClassDeclarationSyntax type, StatementSyntax? statement, ArrowExpressionClauseSyntax? arrow, CancellationToken cancellation)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellation).ConfigureAwait(false);
        var gateField = KitchenGate.FindOrAdd(editor, type);
        if (GuardedStatement.CanGuard(statement))
        {
            GuardedStatement.Replace(editor, statement!, gateField);
            return editor.GetChangedDocument();
        }

        var gate = SyntaxFactory.IdentifierName(gateField);
        var returns = arrow!.Parent switch
        {
            MethodDeclarationSyntax method => editor.SemanticModel.GetDeclaredSymbol(method, cancellation) is { ReturnsVoid: false },
            AccessorDeclarationSyntax accessor => accessor.IsKind(SyntaxKind.GetAccessorDeclaration),
            _ => true,
        };
        var body = SyntaxFactory.Block(SyntaxFactory.LockStatement(gate, SyntaxFactory.Block(returns
            ? SyntaxFactory.ReturnStatement(arrow.Expression.WithoutTrivia())
            : SyntaxFactory.ExpressionStatement(arrow.Expression.WithoutTrivia()))));
        SyntaxNode replacement = arrow.Parent switch
        {
            MethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body),
            AccessorDeclarationSyntax accessor => accessor.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body),
            PropertyDeclarationSyntax property => property.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(
                SyntaxFactory.AccessorList(SyntaxFactory.SingletonList(SyntaxFactory.AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, body)))),
            _ => arrow.Parent!,
        };
        editor.ReplaceNode(arrow.Parent!, replacement.WithAdditionalAnnotations(Formatter.Annotation));
        return editor.GetChangedDocument();
    }
}
