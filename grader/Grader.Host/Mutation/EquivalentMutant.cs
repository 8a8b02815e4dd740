using System.Text.Json;

namespace KitchenKatas.Grader.Mutation;

/// <summary>
/// A mutant that no check can kill because it does not change what the code does (for the kata's callers, on any
/// machine), listed with the reason in <c>solutions/NN-id/equivalent-mutants.json</c>. The score leaves it out and shows it.
/// </summary>
/// <param name="Operator">The operator id, e.g. <c>move-out-of-lock</c>.</param>
/// <param name="File">The learner file, e.g. <c>WorkerPool.cs</c>.</param>
/// <param name="Line">The mutant's line in the reference solution.</param>
/// <param name="Reason">Why the change cannot be seen, in one or two sentences.</param>
public sealed record EquivalentMutant(string Operator, string File, int Line, string Reason)
{
    /// <summary>The name of the list in each solution folder.</summary>
    public const string FileName = "equivalent-mutants.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Where the mutant is, as <c>file:line</c>.</summary>
    public string Location => $"{File}:{Line}";

    /// <summary>True when this entry describes <paramref name="mutant"/>.</summary>
    public bool Matches(RaceMutant mutant)
    {
        ArgumentNullException.ThrowIfNull(mutant);
        return mutant.OperatorId == Operator && mutant.File == File && mutant.Line == Line;
    }

    /// <summary>The list of <paramref name="solutionDir"/>; empty when it has none.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid list.</exception>
    public static IReadOnlyList<EquivalentMutant> Load(string solutionDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(solutionDir);
        var path = Path.Combine(solutionDir, FileName);
        if (!System.IO.File.Exists(path))
        {
            return [];
        }

        try
        {
            var list = JsonSerializer.Deserialize<EquivalentMutantList>(System.IO.File.ReadAllText(path), Json);
            var entries = list?.Mutants ?? [];
            if (entries.FirstOrDefault(e => string.IsNullOrWhiteSpace(e.Operator) || string.IsNullOrWhiteSpace(e.File) || e.Line < 1 || string.IsNullOrWhiteSpace(e.Reason)) is { } bad)
            {
                throw new InvalidDataException($"{path}: every entry needs an operator, a file, a line and a reason ({bad.Operator} {bad.Location} has not).");
            }

            return entries;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid list of equivalent mutants: {e.Message}", e);
        }
    }

    private sealed record EquivalentMutantList(IReadOnlyList<EquivalentMutant>? Mutants);
}
