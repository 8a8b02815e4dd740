using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation.Operators;

/// <summary>
/// <c>move-out-of-lock</c>: moves one statement of a locked block out of the lock: the first statement to just
/// before the lock, any other to just after it. A block of one statement is left to <c>drop-lock</c>.
/// </summary>
public sealed class MoveOutOfLockOperator : IRaceMutationOperator
{
    /// <inheritdoc />
    public string Id => "move-out-of-lock";

    /// <inheritdoc />
    public string Summary => "Moves one statement of a locked block out of the lock (the first before it, any other after it).";

    /// <inheritdoc />
    public IEnumerable<SourceMutation> Mutate(CompilationUnitSyntax root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var scope in LockScopes.In(root))
        {
            if (scope.Body is not BlockSyntax { Statements.Count: >= 2 } body || scope.Statement.Parent is not BlockSyntax outer)
            {
                continue;
            }

            for (var i = 0; i < body.Statements.Count; i++)
            {
                var moved = body.Statements[i];
                var locked = scope.Statement.ReplaceNode(body, body.RemoveNode(moved, SyntaxRemoveOptions.KeepNoTrivia)!);
                var at = outer.Statements.IndexOf(scope.Statement);
                var before = i == 0;
                StatementSyntax[] replacement = before ? [moved, locked] : [locked, moved];
                var statements = outer.Statements.RemoveAt(at).InsertRange(at, replacement);
                yield return new SourceMutation(
                    moved,
                    $"`{MutationSyntax.Short(moved)}` in {MutationSyntax.MemberName(moved)} moved {(before ? "before" : "after")} the lock",
                    root.ReplaceNode(outer, outer.WithStatements(statements)));
            }
        }
    }
}
