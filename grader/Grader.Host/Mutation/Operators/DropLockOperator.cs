using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation.Operators;

/// <summary>
/// <c>drop-lock</c>: removes one lock (a <c>lock</c> statement, a <c>Lock.EnterScope</c> using, or a
/// <c>Monitor.Enter</c> with its <c>Monitor.Exit</c>) and keeps the code it guarded, so chefs run it at once.
/// </summary>
public sealed class DropLockOperator : IRaceMutationOperator
{
    /// <inheritdoc />
    public string Id => "drop-lock";

    /// <inheritdoc />
    public string Summary => "Removes a lock, Lock.EnterScope or Monitor.Enter/Exit scope and keeps its body.";

    /// <inheritdoc />
    public IEnumerable<SourceMutation> Mutate(CompilationUnitSyntax root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var scope in LockScopes.In(root))
        {
            var where = $"in {MutationSyntax.MemberName(scope.Statement)}";
            switch (scope.Kind)
            {
                case LockScopeKind.LockStatement or LockScopeKind.EnterScopeBlock:
                    var body = scope.Body is BlockSyntax block ? block : SyntaxFactory.Block(scope.Body!);
                    yield return new SourceMutation(
                        scope.Statement,
                        $"{Taken(scope)} {where} removed, its body kept",
                        root.ReplaceNode(scope.Statement, body.WithTriviaFrom(scope.Statement)));
                    break;
                case LockScopeKind.EnterScopeDeclaration:
                    yield return new SourceMutation(
                        scope.Statement,
                        $"{Taken(scope)} {where} removed, the code after it kept",
                        MutationSyntax.RemoveStatements(root, [scope.Statement]));
                    break;
                case LockScopeKind.MonitorEnter when MutationSyntax.Member(scope.Statement) is { } member:
                    StatementSyntax[] calls = [scope.Statement, .. LockScopes.MatchingExits(member, scope)];
                    yield return new SourceMutation(
                        scope.Statement,
                        $"{Taken(scope)} {where} and its Monitor.Exit removed, the code between kept",
                        MutationSyntax.RemoveStatements(root, calls));
                    break;
            }
        }
    }

    private static string Taken(LockScope scope) => scope.Kind switch
    {
        LockScopeKind.LockStatement => $"lock ({scope.LockObject})",
        LockScopeKind.MonitorEnter => $"Monitor.Enter({scope.LockObject})",
        _ => $"{scope.LockObject}.EnterScope()",
    };
}
