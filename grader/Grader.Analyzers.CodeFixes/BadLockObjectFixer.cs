using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace KitchenKatas.Grader.Analyzers.CodeFixes;

/// <summary>Fixes KATA003 by locking on the class's private readonly lock object, adding one when there is none.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BadLockObjectFixer)), Shared]
public sealed class BadLockObjectFixer : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.BadLockObject);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var statement = root?.FindNode(context.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<LockStatementSyntax>();
        var type = statement?.FirstAncestorOrSelf<ClassDeclarationSyntax>();
        if (statement is null || type is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Lock on a private readonly object", c => FixAsync(context.Document, statement, type, c), "KATA003.Gate"),
            context.Diagnostics[0]);
    }

    private static async Task<Document> FixAsync(Document document, LockStatementSyntax statement, ClassDeclarationSyntax type, CancellationToken cancellation)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellation).ConfigureAwait(false);
        var gate = KitchenGate.FindOrAdd(editor, type);
        editor.ReplaceNode(statement.Expression, SyntaxFactory.IdentifierName(gate).WithTriviaFrom(statement.Expression));
        return editor.GetChangedDocument();
    }
}
