using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation.Operators;

/// <summary>
/// <c>plain-collection</c>: declares one field or local of a concurrent collection as its plain counterpart
/// (<c>ConcurrentDictionary</c> becomes <c>Dictionary</c>), type and initializer alike. Code that calls a method only
/// the concurrent one has does not compile, and the mutant is reported stillborn.
/// </summary>
public sealed class PlainCollectionOperator : IRaceMutationOperator
{
    private static readonly Dictionary<string, string> Plain = new(StringComparer.Ordinal)
    {
        ["ConcurrentDictionary"] = "Dictionary",
        ["ConcurrentQueue"] = "Queue",
        ["ConcurrentStack"] = "Stack",
        ["ConcurrentBag"] = "List",
    };

    /// <inheritdoc />
    public string Id => "plain-collection";

    /// <inheritdoc />
    public string Summary => "Declares a concurrent collection as its plain counterpart (ConcurrentDictionary to Dictionary).";

    /// <inheritdoc />
    public IEnumerable<SourceMutation> Mutate(CompilationUnitSyntax root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var declaration in root.DescendantNodes().OfType<VariableDeclarationSyntax>())
        {
            var concurrent = declaration.DescendantNodes().OfType<GenericNameSyntax>().Where(g => Plain.ContainsKey(g.Identifier.Text)).ToArray();
            if (concurrent.Length == 0)
            {
                continue;
            }

            var mutated = declaration.ReplaceNodes(concurrent, (old, _) =>
                old.WithIdentifier(SyntaxFactory.Identifier(Plain[old.Identifier.Text]).WithTriviaFrom(old.Identifier)));
            var names = string.Join(", ", declaration.Variables.Select(v => v.Identifier.Text));
            var from = concurrent[0].Identifier.Text;
            yield return new SourceMutation(
                declaration,
                $"{names} declared as a plain {Plain[from]} instead of a {from}",
                root.ReplaceNode(declaration, mutated));
        }
    }
}
