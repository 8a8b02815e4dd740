using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation.Operators;

/// <summary>
/// <c>drop-entire-process-tree</c>: turns one <c>Kill(entireProcessTree: true)</c> into a plain <c>Kill()</c>, so the
/// processes the killed one started live on.
/// </summary>
public sealed class DropEntireProcessTreeOperator : IRaceMutationOperator
{
    /// <inheritdoc />
    public string Id => "drop-entire-process-tree";

    /// <inheritdoc />
    public string Summary => "Turns Kill(entireProcessTree: true) into Kill(): the children live on.";

    /// <inheritdoc />
    public IEnumerable<SourceMutation> Mutate(CompilationUnitSyntax root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (MutationSyntax.CalledMethod(call) == "Kill" && call.ArgumentList.Arguments is [var only] && only.Expression.ToString() == "true")
            {
                yield return new SourceMutation(
                    call,
                    $"{MutationSyntax.Short(call)} in {MutationSyntax.MemberName(call)} made a plain Kill(): its children live on",
                    root.ReplaceNode(call, call.WithArgumentList(call.ArgumentList.WithArguments(default))));
            }
        }
    }
}
