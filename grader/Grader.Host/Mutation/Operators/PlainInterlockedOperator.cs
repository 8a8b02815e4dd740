using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation.Operators;

/// <summary>
/// <c>plain-interlocked</c>: turns one <c>Interlocked.*</c> call into the plain read-modify-write it stands for
/// (<c>Increment(ref x)</c> becomes <c>++x</c>); <c>Exchange</c>, <c>CompareExchange</c>, <c>And</c> and <c>Or</c> call a
/// plain helper added to the file, which reads, then writes.
/// </summary>
public sealed class PlainInterlockedOperator : IRaceMutationOperator
{
    private const string Helper = "PlainInterlocked";

    // Same signatures as Interlocked, no atomicity: a read, then a write another chef can slip between.
    private const string HelperType = """
        file static class PlainInterlocked
        {
            public static T Exchange<T>(ref T location, T value)
            {
                var old = location;
                location = value;
                return old;
            }

            public static T CompareExchange<T>(ref T location, T value, T comparand)
            {
                var old = location;
                var same = typeof(T).IsValueType ? System.Collections.Generic.EqualityComparer<T>.Default.Equals(old, comparand) : ReferenceEquals(old, comparand);
                if (same)
                {
                    location = value;
                }

                return old;
            }

            public static T And<T>(ref T location, T value) where T : System.Numerics.IBitwiseOperators<T, T, T>
            {
                var old = location;
                location = old & value;
                return old;
            }

            public static T Or<T>(ref T location, T value) where T : System.Numerics.IBitwiseOperators<T, T, T>
            {
                var old = location;
                location = old | value;
                return old;
            }
        }
        """;

    /// <inheritdoc />
    public string Id => "plain-interlocked";

    /// <inheritdoc />
    public string Summary => "Replaces an Interlocked call with its plain, non-atomic read-modify-write.";

    /// <inheritdoc />
    public IEnumerable<SourceMutation> Mutate(CompilationUnitSyntax root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var method = MutationSyntax.CalledMethod(call);
            if (method is null || !MutationSyntax.IsCall(call, "Interlocked", method) || call.ArgumentList.Arguments.Count == 0)
            {
                continue;
            }

            var args = call.ArgumentList.Arguments.Select(a => a.Expression.WithoutTrivia()).ToArray();
            // Parentheses only inside a larger expression: `(++x);` or `=> (++x)` would not be a valid statement.
            var embedded = call.Parent is ExpressionSyntax;
            string? inline = method switch
            {
                "Increment" => $"++{args[0]}",
                "Decrement" => $"--{args[0]}",
                "Add" when args.Length == 2 => $"{args[0]} += {args[1]}",
                "Read" => $"{args[0]}",
                _ => null,
            };
            if (inline is not null)
            {
                var text = embedded && method != "Read" ? $"({inline})" : inline;
                yield return new SourceMutation(
                    call,
                    $"Interlocked.{method}(ref {args[0]}) in {MutationSyntax.MemberName(call)} made a plain `{inline}`",
                    root.ReplaceNode(call, SyntaxFactory.ParseExpression(text).WithTriviaFrom(call)));
            }
            else if (method is "Exchange" or "CompareExchange" or "And" or "Or")
            {
                var plain = call.WithExpression(SyntaxFactory.ParseExpression($"{Helper}.{method}").WithTriviaFrom(call.Expression));
                yield return new SourceMutation(
                    call,
                    $"Interlocked.{method}(ref {args[0]}, …) in {MutationSyntax.MemberName(call)} made a plain read, then write",
                    MutationSyntax.AppendType(root.ReplaceNode(call, plain), HelperType));
            }
        }
    }
}
