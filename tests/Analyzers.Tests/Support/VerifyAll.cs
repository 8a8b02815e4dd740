using KitchenKatas.Grader.Analyzers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KitchenKatas.Analyzers.Tests.Support;

/// <summary>
/// Runs every KATA analyzer on a source whose expected diagnostics are marked inline, for behaviour that spans rules
/// (a field that is not shared state must be quiet in all of them). A source with no marks must produce none at all.
/// </summary>
internal static class VerifyAll
{
    public static async Task DiagnosticsAsync(string source)
    {
        var test = new EveryRuleTest { TestCode = source };
        KitchenTestSetup.Apply(test.TestState, out var references);
        test.ReferenceAssemblies = references;
        await test.RunAsync();
    }

    // The testing library runs one analyzer type; this one hands it all of them.
    private sealed class EveryRuleTest : CSharpAnalyzerTest<SharedFieldReadModifyWriteAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => KataAnalyzers.Create();
    }
}
