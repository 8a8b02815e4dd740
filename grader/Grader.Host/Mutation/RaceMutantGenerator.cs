using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation;

/// <summary>Plants every race the operators know in a folder of learner files: one mutant per operator and site.</summary>
public static class RaceMutantGenerator
{
    /// <summary>
    /// The mutants of the learner files <paramref name="files"/> (relative names) in <paramref name="sourceDir"/>, file by
    /// file, operator by operator, in source order.
    /// </summary>
    public static IReadOnlyList<RaceMutant> Generate(string sourceDir, IEnumerable<string> files, IEnumerable<IRaceMutationOperator>? operators = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceDir);
        ArgumentNullException.ThrowIfNull(files);
        var chosen = (operators ?? RaceMutationOperators.All).ToArray();
        var mutants = new List<RaceMutant>();
        foreach (var file in files)
        {
            var path = Path.Combine(sourceDir, file);
            var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path).GetRoot();
            mutants.AddRange(Generate(file, root, chosen));
        }

        return mutants;
    }

    /// <summary>The mutants of one file, given as its parsed <paramref name="root"/>.</summary>
    public static IEnumerable<RaceMutant> Generate(string file, CompilationUnitSyntax root, IEnumerable<IRaceMutationOperator> operators)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(operators);
        foreach (var op in operators)
        {
            foreach (var mutation in op.Mutate(root))
            {
                yield return new RaceMutant(op.Id, file, mutation.Line, mutation.Description,
                    new Dictionary<string, string>(StringComparer.Ordinal) { [file] = mutation.Result.ToFullString() });
            }
        }
    }
}
