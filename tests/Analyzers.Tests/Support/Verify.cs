using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KitchenKatas.Analyzers.Tests.Support;

/// <summary>
/// Runs one analyzer on a source whose expected diagnostics are marked inline: <c>{|KATA001:_count++|}</c>.
/// A source with no marks must produce no diagnostic at all.
/// </summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static async Task DiagnosticsAsync(string source)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        KitchenTestSetup.Apply(test.TestState, out var references);
        test.ReferenceAssemblies = references;
        await test.RunAsync();
    }

    /// <summary>Checks the diagnostics in <paramref name="source"/>, applies <typeparamref name="TFixer"/>'s fix and compares.</summary>
    public static async Task FixAsync<TFixer>(string source, string fixedSource, int codeActionIndex = 0)
        where TFixer : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionIndex = codeActionIndex,
        };
        KitchenTestSetup.Apply(test.TestState, out var references);
        KitchenTestSetup.Apply(test.FixedState, out _);
        test.ReferenceAssemblies = references;
        await test.RunAsync();
    }
}
