using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation.Operators;

/// <summary>
/// <c>split-lock-objects</c>: when several members lock on one field, gives one of them a lock object of its own
/// (a new field declared like the first), so it no longer excludes the others.
/// </summary>
public sealed class SplitLockObjectsOperator : IRaceMutationOperator
{
    /// <inheritdoc />
    public string Id => "split-lock-objects";

    /// <inheritdoc />
    public string Summary => "Gives one of the members that share a lock object a lock object of its own.";

    /// <inheritdoc />
    public IEnumerable<SourceMutation> Mutate(CompilationUnitSyntax root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var users in LockFieldUsers.In(root).Where(u => u.Members.Count >= 2))
        {
            var newName = users.Name + "Apart";
            var newField = users.Field.WithDeclaration(users.Field.Declaration.WithVariables(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.VariableDeclarator(newName).WithInitializer(users.Initializer))));
            foreach (var (member, firstLock) in users.Members)
            {
                var type = users.Type.ReplaceNode(member, users.Rename(member, newName));
                var field = MutationSyntax.FieldDeclaration(type, users.Name)!;
                type = type.InsertNodesAfter(field, [newField]);
                yield return new SourceMutation(
                    firstLock.Statement,
                    $"{MutationSyntax.MemberName(member)} locks its own {newName} instead of {users.Name}, which the other members lock",
                    root.ReplaceNode(users.Type, type));
            }
        }
    }
}
