using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation;

/// <summary>Small syntax questions and edits the operators share.</summary>
public static class MutationSyntax
{
    /// <summary>True when <paramref name="call"/> is <c>Type.Method(...)</c>, with or without a namespace before the type.</summary>
    public static bool IsCall(InvocationExpressionSyntax call, string type, string method)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.Expression is MemberAccessExpressionSyntax access
            && access.Name.Identifier.Text == method
            && access.Expression switch
            {
                IdentifierNameSyntax id => id.Identifier.Text == type,
                MemberAccessExpressionSyntax qualified => qualified.Name.Identifier.Text == type,
                _ => false,
            };
    }

    /// <summary>The method called by <paramref name="call"/> when it is <c>receiver.Method(...)</c>; else null.</summary>
    public static string? CalledMethod(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax access ? access.Name.Identifier.Text : null;

    /// <summary>The field name in <c>_x</c> or <c>this._x</c>; null for any other expression.</summary>
    public static string? FieldName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax id => id.Identifier.Text,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax id } => id.Identifier.Text,
        _ => null,
    };

    /// <summary>The field declaration of <paramref name="name"/> in <paramref name="type"/>, or null.</summary>
    public static FieldDeclarationSyntax? FieldDeclaration(TypeDeclarationSyntax type, string name)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Members.OfType<FieldDeclarationSyntax>()
            .FirstOrDefault(f => f.Declaration.Variables.Any(v => v.Identifier.Text == name));
    }

    /// <summary>The method, constructor or accessor that holds <paramref name="node"/>, or null.</summary>
    public static SyntaxNode? Member(SyntaxNode node) =>
        node.AncestorsAndSelf().FirstOrDefault(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax);

    /// <summary>A name for the member that holds <paramref name="node"/>, as a person would say it: <c>Add</c>, <c>TotalQuantity.get</c>.</summary>
    public static string MemberName(SyntaxNode node) => (Member(node) ?? node.FirstAncestorOrSelf<PropertyDeclarationSyntax>()) switch
    {
        PropertyDeclarationSyntax p => p.Identifier.Text,
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => $"the {c.Identifier.Text} constructor",
        AccessorDeclarationSyntax { Parent.Parent: PropertyDeclarationSyntax p } a => $"{p.Identifier.Text}.{a.Keyword.Text}",
        AccessorDeclarationSyntax { Parent.Parent: IndexerDeclarationSyntax } a => $"this[].{a.Keyword.Text}",
        BaseMethodDeclarationSyntax => "a member",
        _ => "the file",
    };

    /// <summary>The code of <paramref name="node"/> on one line, cut to about <paramref name="max"/> characters.</summary>
    public static string Short(SyntaxNode node, int max = 60)
    {
        ArgumentNullException.ThrowIfNull(node);
        var text = string.Join(' ', node.WithoutTrivia().ToString().Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= max ? text : text[..(max - 1)] + "…";
    }

    /// <summary>Removes <paramref name="statements"/> from <paramref name="root"/>; one that is not in a block becomes an empty block.</summary>
    public static CompilationUnitSyntax RemoveStatements(CompilationUnitSyntax root, IReadOnlyCollection<StatementSyntax> statements)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(statements);
        var tracked = root.TrackNodes(statements);
        foreach (var original in statements)
        {
            var current = tracked.GetCurrentNode(original)!;
            tracked = current.Parent is BlockSyntax
                ? tracked.RemoveNode(current, SyntaxRemoveOptions.KeepNoTrivia)!
                : tracked.ReplaceNode(current, SyntaxFactory.Block().WithTriviaFrom(current));
        }

        return tracked;
    }

    /// <summary>Adds <paramref name="memberText"/> (a type declaration) to the end of the file, inside its file-scoped namespace if it has one.</summary>
    public static CompilationUnitSyntax AppendType(CompilationUnitSyntax root, string memberText)
    {
        ArgumentNullException.ThrowIfNull(root);
        var member = SyntaxFactory.ParseMemberDeclaration(memberText)
            ?? throw new ArgumentException("Not a member declaration.", nameof(memberText));
        member = member.WithLeadingTrivia(SyntaxFactory.EndOfLine("\n")).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
        return root.Members.LastOrDefault() is FileScopedNamespaceDeclarationSyntax ns
            ? root.ReplaceNode(ns, ns.AddMembers(member))
            : root.AddMembers(member);
    }
}
