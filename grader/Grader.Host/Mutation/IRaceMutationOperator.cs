using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation;

/// <summary>
/// A concurrency mutation operator: finds every site in a file where it can plant one kind of race, and plants it at
/// one site per mutation, leaving the rest of the file as it was.
/// </summary>
public interface IRaceMutationOperator
{
    /// <summary>Short stable id, e.g. <c>drop-lock</c>; equivalent-mutant lists and reports use it.</summary>
    string Id { get; }

    /// <summary>What the operator does, in one line.</summary>
    string Summary { get; }

    /// <summary>One mutation per site in <paramref name="root"/>, in source order.</summary>
    IEnumerable<SourceMutation> Mutate(CompilationUnitSyntax root);
}
