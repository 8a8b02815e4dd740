using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation.Operators;

/// <summary>
/// <c>drop-wait-for-exit</c>: removes one statement that only waits for a process to end (<c>p.WaitForExit()</c>,
/// <c>await p.WaitForExitAsync(...)</c>), so the code after it runs while the process may still be alive.
/// </summary>
public sealed class DropWaitForExitOperator : IRaceMutationOperator
{
    /// <inheritdoc />
    public string Id => "drop-wait-for-exit";

    /// <inheritdoc />
    public string Summary => "Removes a statement that waits for a process to exit (WaitForExit, WaitForExitAsync).";

    /// <inheritdoc />
    public IEnumerable<SourceMutation> Mutate(CompilationUnitSyntax root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var statement in root.DescendantNodes().OfType<ExpressionStatementSyntax>())
        {
            var waits = statement.Expression.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
                .Any(c => MutationSyntax.CalledMethod(c) is "WaitForExit" or "WaitForExitAsync");
            var onlyWaits = statement.Expression is InvocationExpressionSyntax or AwaitExpressionSyntax;
            if (waits && onlyWaits)
            {
                yield return new SourceMutation(
                    statement,
                    $"`{MutationSyntax.Short(statement)}` in {MutationSyntax.MemberName(statement)} removed: nobody waits for the process to end",
                    MutationSyntax.RemoveStatements(root, [statement]));
            }
        }
    }
}
