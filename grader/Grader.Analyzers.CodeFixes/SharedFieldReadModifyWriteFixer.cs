using System.Collections.Immutable;
using System.Composition;
using KitchenKatas.Grader.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace KitchenKatas.Grader.Analyzers.CodeFixes;

/// <summary>
/// Fixes KATA001 by wrapping the statement in <c>lock (_gate)</c> (adding the lock object if needed), or, for a lone
/// counter (the only field the class changes), by turning <c>_count++</c> into <c>Interlocked.Increment(ref _count)</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SharedFieldReadModifyWriteFixer)), Shared]
public sealed class SharedFieldReadModifyWriteFixer : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.SharedFieldReadModifyWrite);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(context.Span, getInnermostNodeForTie: true);
        var statement = node?.FirstAncestorOrSelf<StatementSyntax>();
        var type = node?.FirstAncestorOrSelf<ClassDeclarationSyntax>();
        if (node is null || model is null || statement is null || !GuardedStatement.CanGuard(statement) || type is null)
        {
            return;
        }

        var diagnostic = context.Diagnostics[0];
        context.RegisterCodeFix(
            CodeAction.Create("Guard it with a lock", c => GuardWithLockAsync(context.Document, statement, type, c), "KATA001.Lock"),
            diagnostic);

        if (InterlockedCall(node, statement, type, model) is { } call)
        {
            context.RegisterCodeFix(
                CodeAction.Create($"Use {call.Split('(')[0].Replace("System.Threading.", string.Empty)}", c => ReplaceAsync(context.Document, statement, call, c), "KATA001.Interlocked"),
                diagnostic);
        }
    }

    private static async Task<Document> GuardWithLockAsync(Document document, StatementSyntax statement, ClassDeclarationSyntax type, CancellationToken cancellation)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellation).ConfigureAwait(false);
        GuardedStatement.Replace(editor, statement, KitchenGate.FindOrAdd(editor, type));
        return editor.GetChangedDocument();
    }

    private static async Task<Document> ReplaceAsync(Document document, StatementSyntax statement, string call, CancellationToken cancellation)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellation).ConfigureAwait(false);
        var replacement = SyntaxFactory.ExpressionStatement(SyntaxFactory.ParseExpression(call))
            .WithTriviaFrom(statement);
        editor.ReplaceNode(statement, replacement);
        return editor.GetChangedDocument();
    }

    // `_count++;` alone in its statement, on an int or long that is the only field the class changes.
    private static string? InterlockedCall(SyntaxNode node, StatementSyntax statement, ClassDeclarationSyntax type, SemanticModel model)
    {
        if (statement is not ExpressionStatementSyntax { Expression: var expression } || !expression.Span.Contains(node.Span))
        {
            return null;
        }

        var (target, call) = expression switch
        {
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression } e => (e.Operand, "Increment({0})"),
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression } e => (e.Operand, "Increment({0})"),
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostDecrementExpression } e => (e.Operand, "Decrement({0})"),
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreDecrementExpression } e => (e.Operand, "Decrement({0})"),
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression } e => (e.Left, "Add({0}, " + e.Right + ")"),
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SubtractAssignmentExpression } e => (e.Left, "Add({0}, -(" + e.Right + "))"),
            _ => (null, ""),
        };
        if (target is null || model.GetSymbolInfo(target).Symbol is not IFieldSymbol { Type.SpecialType: SpecialType.System_Int32 or SpecialType.System_Int64 } field)
        {
            return null;
        }

        var shared = SharedClass.Build(type, model, CancellationToken.None);
        var lone = shared.Accesses.Where(a => a.Member.IsShared && (a.Changes || a.Use == FieldUse.Atomic))
            .All(a => SymbolEqualityComparer.Default.Equals(a.Field, field));
        // The short name when `Interlocked` is in scope there (a kata's implicit usings), the full one otherwise.
        var prefix = model.LookupNamespacesAndTypes(statement.SpanStart, name: "Interlocked").Any() ? "Interlocked." : "System.Threading.Interlocked.";
        return lone ? prefix + string.Format(call, "ref " + target) : null;
    }
}
