using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation.Operators;

/// <summary>
/// <c>lock-per-call</c>: makes one member lock a new object created on every call instead of the shared lock field,
/// so no two calls ever wait for each other.
/// </summary>
public sealed class LockPerCallOperator : IRaceMutationOperator
{
    /// <inheritdoc />
    public string Id => "lock-per-call";

    /// <inheritdoc />
    public string Summary => "Makes a member lock a new object created on every call instead of the shared one.";

    /// <inheritdoc />
    public IEnumerable<SourceMutation> Mutate(CompilationUnitSyntax root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var users in LockFieldUsers.In(root))
        {
            var local = users.Name.TrimStart('_') + "PerCall";
            var type = users.FieldType.WithoutTrivia().ToString();
            var initializer = users.Initializer?.WithoutTrivia().ToString() ?? $"= new {type}()";
            var declaration = SyntaxFactory.ParseStatement($"{type} {local} {initializer};\n");
            foreach (var (member, firstLock) in users.Members)
            {
                var renamed = users.Rename(member, local);
                var block = renamed switch
                {
                    BaseMethodDeclarationSyntax { Body: { } b } => b,
                    AccessorDeclarationSyntax { Body: { } b } => b,
                    _ => null,
                };
                if (block is null)
                {
                    continue; // an expression-bodied member has no statement to put the new object in
                }

                var withLocal = renamed.ReplaceNode(block, block.WithStatements(block.Statements.Insert(0, declaration)));
                yield return new SourceMutation(
                    firstLock.Statement,
                    $"{MutationSyntax.MemberName(member)} locks a new {users.FieldType} made on every call instead of {users.Name}",
                    root.ReplaceNode(member, withLocal));
            }
        }
    }
}
