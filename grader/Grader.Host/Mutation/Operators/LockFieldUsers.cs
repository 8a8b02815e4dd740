using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation.Operators;

/// <summary>A field used as a lock object, and the members (methods, constructors, accessors) that lock on it.</summary>
/// <param name="Type">The type that declares the field.</param>
/// <param name="Field">The field's declaration.</param>
/// <param name="Name">The field's name.</param>
/// <param name="Members">Each member that locks on the field, with its first lock on it.</param>
internal sealed record LockFieldUsers(TypeDeclarationSyntax Type, FieldDeclarationSyntax Field, string Name, IReadOnlyList<(SyntaxNode Member, LockScope FirstLock)> Members)
{
    /// <summary>Every lock field of every type in <paramref name="root"/>, with the members that lock on it.</summary>
    public static IEnumerable<LockFieldUsers> In(CompilationUnitSyntax root)
    {
        foreach (var type in root.DescendantNodes().OfType<TypeDeclarationSyntax>())
        {
            var scopes = LockScopes.In(type)
                .Where(s => s.FieldName is not null && s.Statement.FirstAncestorOrSelf<TypeDeclarationSyntax>() == type)
                .ToArray();
            foreach (var byField in scopes.GroupBy(s => s.FieldName!))
            {
                if (MutationSyntax.FieldDeclaration(type, byField.Key) is not { } field)
                {
                    continue;
                }

                var members = byField
                    .Where(s => MutationSyntax.Member(s.Statement) is not null)
                    .GroupBy(s => MutationSyntax.Member(s.Statement)!)
                    .Select(g => (g.Key, g.First()))
                    .ToArray();
                yield return new LockFieldUsers(type, field, byField.Key, members);
            }
        }
    }

    /// <summary>The field's type as written, e.g. <c>Lock</c> or <c>object</c>.</summary>
    public TypeSyntax FieldType => Field.Declaration.Type;

    /// <summary>The field's initializer, e.g. <c>= new()</c>, or null when it has none.</summary>
    public EqualsValueClauseSyntax? Initializer =>
        Field.Declaration.Variables.First(v => v.Identifier.Text == Name).Initializer;

    /// <summary><paramref name="member"/> with every mention of the field renamed to <paramref name="newName"/>.</summary>
    public SyntaxNode Rename(SyntaxNode member, string newName) =>
        member.ReplaceNodes(
            member.DescendantNodes().OfType<IdentifierNameSyntax>().Where(IsTheField),
            (old, _) => Microsoft.CodeAnalysis.CSharp.SyntaxFactory.IdentifierName(newName).WithTriviaFrom(old));

    // The field itself, not a same-named member of another object (x._gate) or a local that hides it.
    private bool IsTheField(IdentifierNameSyntax id) =>
        id.Identifier.Text == Name
        && (id.Parent is not MemberAccessExpressionSyntax access || access.Expression == id || access.Expression is ThisExpressionSyntax);
}
