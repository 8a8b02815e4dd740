using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation.Operators;

/// <summary>
/// <c>split-atomic-update</c>: replaces one atomic <c>AddOrUpdate</c>, <c>GetOrAdd</c> or <c>TryUpdate</c> on a
/// concurrent dictionary with a helper added to the file that reads the entry, then writes it: two steps another chef
/// can slip between.
/// </summary>
public sealed class SplitAtomicUpdateOperator : IRaceMutationOperator
{
    private const string Suffix = "InTwoSteps";

    // Each helper has the signature of the atomic method it replaces, and does a read followed by a separate write.
    private const string HelperType = """
        file static class AtomicUpdatesInTwoSteps
        {
            public static TValue AddOrUpdateInTwoSteps<TKey, TValue>(this System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue> map, TKey key, System.Func<TKey, TValue> add, System.Func<TKey, TValue, TValue> update)
                where TKey : notnull
            {
                var value = map.TryGetValue(key, out var old) ? update(key, old) : add(key);
                map[key] = value;
                return value;
            }

            public static TValue AddOrUpdateInTwoSteps<TKey, TValue>(this System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue> map, TKey key, TValue addValue, System.Func<TKey, TValue, TValue> update)
                where TKey : notnull
            {
                var value = map.TryGetValue(key, out var old) ? update(key, old) : addValue;
                map[key] = value;
                return value;
            }

            public static TValue AddOrUpdateInTwoSteps<TKey, TValue, TArg>(this System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue> map, TKey key, System.Func<TKey, TArg, TValue> add, System.Func<TKey, TValue, TArg, TValue> update, TArg argument)
                where TKey : notnull
            {
                var value = map.TryGetValue(key, out var old) ? update(key, old, argument) : add(key, argument);
                map[key] = value;
                return value;
            }

            public static TValue GetOrAddInTwoSteps<TKey, TValue>(this System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue> map, TKey key, System.Func<TKey, TValue> add)
                where TKey : notnull
            {
                if (map.TryGetValue(key, out var found))
                {
                    return found;
                }

                var value = add(key);
                map[key] = value;
                return value;
            }

            public static TValue GetOrAddInTwoSteps<TKey, TValue>(this System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue> map, TKey key, TValue value)
                where TKey : notnull
            {
                if (map.TryGetValue(key, out var found))
                {
                    return found;
                }

                map[key] = value;
                return value;
            }

            public static bool TryUpdateInTwoSteps<TKey, TValue>(this System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue> map, TKey key, TValue newValue, TValue comparisonValue)
                where TKey : notnull
            {
                if (!map.TryGetValue(key, out var current) || !System.Collections.Generic.EqualityComparer<TValue>.Default.Equals(current, comparisonValue))
                {
                    return false;
                }

                map[key] = newValue;
                return true;
            }
        }
        """;

    /// <inheritdoc />
    public string Id => "split-atomic-update";

    /// <inheritdoc />
    public string Summary => "Splits an atomic AddOrUpdate, GetOrAdd or TryUpdate into a read and a separate write.";

    /// <inheritdoc />
    public IEnumerable<SourceMutation> Mutate(CompilationUnitSyntax root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (call.Expression is not MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access
                || name.Identifier.Text is not ("AddOrUpdate" or "GetOrAdd" or "TryUpdate"))
            {
                continue;
            }

            var split = call.WithExpression(access.WithName(SyntaxFactory.IdentifierName(name.Identifier.Text + Suffix).WithTriviaFrom(name)));
            yield return new SourceMutation(
                call,
                $"{access.Expression}.{name.Identifier.Text} in {MutationSyntax.MemberName(call)} split into a read and a separate write",
                MutationSyntax.AppendType(root.ReplaceNode(call, split), HelperType));
        }
    }
}
