using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation.Operators;

/// <summary>
/// <c>drop-timeout</c>: takes away one time limit: a <c>CancelAfter</c> call, the delay of a
/// <c>new CancellationTokenSource(delay)</c>, or the milliseconds of a <c>WaitForExit(ms)</c>.
/// </summary>
public sealed class DropTimeoutOperator : IRaceMutationOperator
{
    /// <inheritdoc />
    public string Id => "drop-timeout";

    /// <inheritdoc />
    public string Summary => "Removes a timeout: a CancelAfter call, a CancellationTokenSource delay, or WaitForExit's milliseconds.";

    /// <inheritdoc />
    public IEnumerable<SourceMutation> Mutate(CompilationUnitSyntax root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var node in root.DescendantNodes())
        {
            var where = $"in {MutationSyntax.MemberName(node)}";
            switch (node)
            {
                case ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call } statement when MutationSyntax.CalledMethod(call) == "CancelAfter":
                    yield return new SourceMutation(statement, $"{MutationSyntax.Short(call)} {where} removed: no time limit", MutationSyntax.RemoveStatements(root, [statement]));
                    break;
                case ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } source when source.Type.ToString().EndsWith("CancellationTokenSource", StringComparison.Ordinal):
                    yield return new SourceMutation(
                        node,
                        $"{MutationSyntax.Short(source)} {where} made without its delay: no time limit",
                        root.ReplaceNode(source, source.WithArgumentList(SyntaxFactory.ArgumentList())));
                    break;
                case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } wait when MutationSyntax.CalledMethod(wait) == "WaitForExit":
                    yield return new SourceMutation(
                        node,
                        $"{MutationSyntax.Short(wait)} {where} made WaitForExit(): waits for ever",
                        root.ReplaceNode(wait, wait.WithArgumentList(SyntaxFactory.ArgumentList())));
                    break;
            }
        }
    }
}
