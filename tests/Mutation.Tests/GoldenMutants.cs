using System.Text;
using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Mutation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Mutation.Tests;

/// <summary>
/// Writes an operator's mutants of a snippet as golden text: per mutant a header (number, line, whether it compiles,
/// description) and the mutated file with whitespace normalised, so only real changes make a difference.
/// </summary>
internal static class GoldenMutants
{
    /// <summary>Set to 1 to (re)write the expected files from what the operators do now; then read the diff.</summary>
    public const string AcceptVariable = "KITCHEN_ACCEPT_GOLDEN";

    public static string Render(IRaceMutationOperator op, string beforeFile)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(File.ReadAllText(beforeFile)).GetRoot();
        var text = new StringBuilder();
        var n = 0;
        foreach (var mutant in RaceMutantGenerator.Generate("before.cs", root, [op]))
        {
            var source = mutant.MutatedFiles["before.cs"];
            text.Append('#').Append(' ').Append(++n).Append(". line ").Append(mutant.Line)
                .Append(Compiles(source) ? " [compiles]: " : " [stillborn]: ").Append(mutant.Description).Append('\n');
            text.Append(Normalize(source)).Append("\n\n");
        }

        return text.Length == 0 ? "(no mutants)\n" : text.ToString();
    }

    public static string Normalize(string source) =>
        CSharpSyntaxTree.ParseText(source).GetRoot().NormalizeWhitespace(eol: "\n").ToFullString().Trim();

    public static bool Compiles(string source) =>
        !InMemoryBuild.CreateCompilation([CSharpSyntaxTree.ParseText(source, InMemoryBuild.ParseOptions)])
            .GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
}
