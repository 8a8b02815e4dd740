using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation;

/// <summary>One site an operator changed in one syntax tree.</summary>
/// <param name="Site">The node of the original tree that the mutation is about (its line is the mutant's line).</param>
/// <param name="Description">One line saying what changed.</param>
/// <param name="Result">The whole compilation unit with the change made.</param>
public sealed record SourceMutation(SyntaxNode Site, string Description, CompilationUnitSyntax Result)
{
    /// <summary>The 1-based line of <see cref="Site"/> in the original tree.</summary>
    public int Line => Site.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
}
