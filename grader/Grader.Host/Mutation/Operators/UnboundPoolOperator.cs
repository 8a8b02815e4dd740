using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation.Operators;

/// <summary>
/// <c>unbound-pool</c>: takes away one bound on how many chefs or processes may work at once: a
/// <c>SemaphoreSlim</c>'s count, the upper bound of a <c>Math.Clamp</c> or <c>Math.Min</c>, or a
/// <c>MaxDegreeOfParallelism</c>.
/// </summary>
public sealed class UnboundPoolOperator : IRaceMutationOperator
{
    // Large enough never to bind, small enough that Release() can never overflow it.
    private const string Unbounded = "int.MaxValue / 2";

    /// <inheritdoc />
    public string Id => "unbound-pool";

    /// <inheritdoc />
    public string Summary => "Removes the bound of a pool or a process count (SemaphoreSlim, Math.Clamp/Min, MaxDegreeOfParallelism).";

    /// <inheritdoc />
    public IEnumerable<SourceMutation> Mutate(CompilationUnitSyntax root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var node in root.DescendantNodes())
        {
            var where = $"in {MutationSyntax.MemberName(node)}";
            switch (node)
            {
                case ObjectCreationExpressionSyntax { Type: var type, ArgumentList.Arguments.Count: > 0 } semaphore
                    when type.ToString() is "SemaphoreSlim" or "System.Threading.SemaphoreSlim":
                    yield return new SourceMutation(
                        node,
                        $"{MutationSyntax.Short(semaphore)} {where} made {type}({Unbounded}): no bound",
                        root.ReplaceNode(semaphore, semaphore.WithArgumentList(SyntaxFactory.ParseArgumentList($"({Unbounded})")).WithTriviaFrom(semaphore)));
                    break;
                case InvocationExpressionSyntax clamp when MutationSyntax.IsCall(clamp, "Math", "Clamp") && clamp.ArgumentList.Arguments.Count == 3:
                    var (value, low) = (clamp.ArgumentList.Arguments[0], clamp.ArgumentList.Arguments[1]);
                    yield return new SourceMutation(
                        node,
                        $"{MutationSyntax.Short(clamp)} {where} lost its upper bound",
                        root.ReplaceNode(clamp, SyntaxFactory.ParseExpression($"Math.Max({value}, {low})").WithTriviaFrom(clamp)));
                    break;
                case InvocationExpressionSyntax min when MutationSyntax.IsCall(min, "Math", "Min") && min.ArgumentList.Arguments.Count == 2:
                    yield return new SourceMutation(
                        node,
                        $"{MutationSyntax.Short(min)} {where} lost its upper bound",
                        root.ReplaceNode(min, SyntaxFactory.ParenthesizedExpression(min.ArgumentList.Arguments[0].Expression.WithoutTrivia()).WithTriviaFrom(min)));
                    break;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.Text: "MaxDegreeOfParallelism" } } limit:
                    yield return new SourceMutation(
                        node,
                        $"{MutationSyntax.Short(limit)} {where} made -1: no bound",
                        root.ReplaceNode(limit.Right, SyntaxFactory.ParseExpression("-1").WithTriviaFrom(limit.Right)));
                    break;
            }
        }
    }
}
