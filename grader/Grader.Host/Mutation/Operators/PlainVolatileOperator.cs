using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation.Operators;

/// <summary>
/// <c>plain-volatile</c>: turns one <c>Volatile.Read</c>/<c>Volatile.Write</c> into a plain read or write, or takes the
/// <c>volatile</c> keyword off one field, so the compiler and the CPU may keep or reorder the value.
/// </summary>
public sealed class PlainVolatileOperator : IRaceMutationOperator
{
    /// <inheritdoc />
    public string Id => "plain-volatile";

    /// <inheritdoc />
    public string Summary => "Replaces Volatile.Read/Write with a plain read/write, or drops a field's volatile keyword.";

    /// <inheritdoc />
    public IEnumerable<SourceMutation> Mutate(CompilationUnitSyntax root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var node in root.DescendantNodes())
        {
            if (node is FieldDeclarationSyntax field && field.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.VolatileKeyword)) is { RawKind: (int)SyntaxKind.VolatileKeyword } keyword)
            {
                var names = string.Join(", ", field.Declaration.Variables.Select(v => v.Identifier.Text));
                yield return new SourceMutation(
                    field,
                    $"volatile taken off the field {names}",
                    root.ReplaceNode(field, field.WithModifiers(field.Modifiers.Remove(keyword)).WithLeadingTrivia(field.GetLeadingTrivia())));
                continue;
            }

            if (node is not InvocationExpressionSyntax call || call.ArgumentList.Arguments.Count == 0)
            {
                continue;
            }

            var args = call.ArgumentList.Arguments.Select(a => a.Expression.WithoutTrivia()).ToArray();
            string? plain = MutationSyntax.IsCall(call, "Volatile", "Read") ? $"{args[0]}"
                : MutationSyntax.IsCall(call, "Volatile", "Write") && args.Length == 2 ? $"{args[0]} = {args[1]}"
                : null;
            if (plain is not null)
            {
                var text = call.Parent is ExpressionSyntax && args.Length == 2 ? $"({plain})" : plain;
                yield return new SourceMutation(
                    call,
                    $"{MutationSyntax.Short(call.Expression)}(ref {args[0]}) in {MutationSyntax.MemberName(call)} made a plain `{plain}`",
                    root.ReplaceNode(call, SyntaxFactory.ParseExpression(text).WithTriviaFrom(call)));
            }
        }
    }
}
