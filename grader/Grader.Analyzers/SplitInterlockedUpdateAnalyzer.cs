using System.Collections.Immutable;
using KitchenKatas.Grader.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>
/// KATA006: one member updates two fields with separate <c>Interlocked</c> calls, and another member reads both
/// (so they must agree). Each call is atomic; the pair is not.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SplitInterlockedUpdateAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleHelp.Rule(
        RuleIds.SplitInterlockedUpdate,
        title: "Fields that change together updated by separate Interlocked calls",
        message: "`{0}` changes `{1}` and `{2}` with separate Interlocked calls, but `{3}` reads them together: between the two calls a chef can see one changed and not the other. Change both under one lock.",
        description: "Interlocked makes one update atomic. Two fields that must agree need both updates to happen as one step, "
            + "which takes a lock (or one immutable object swapped in with one Interlocked call).");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        KitchenAnalysis.OnSharedClasses(context, Analyze);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, SharedClass shared)
    {
        foreach (var member in shared.Accesses.Where(a => a.IsExposed && a.Use == FieldUse.Atomic && IsInterlocked(a, context))
                     .GroupBy(a => a.Member.Name, StringComparer.Ordinal))
        {
            var updates = member.GroupBy(a => a.Field, SymbolEqualityComparer.Default).Select(g => g.First()).ToList();
            for (var i = 1; i < updates.Count; i++)
            {
                var (first, second) = (updates[0], updates[i]);
                var reader = shared.Accesses.FirstOrDefault(a =>
                    a.Member.Name != member.Key
                    && SymbolEqualityComparer.Default.Equals(a.Field, first.Field)
                    && shared.Accesses.Any(b => b.Member.Name == a.Member.Name && SymbolEqualityComparer.Default.Equals(b.Field, second.Field)));
                if (reader is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rule, second.Whole.GetLocation(), member.Key, first.Field.Name, second.Field.Name, reader.Member.Name));
                }
            }
        }
    }

    private static bool IsInterlocked(FieldAccess access, SyntaxNodeAnalysisContext context) =>
        context.SemanticModel.GetSymbolInfo(access.Whole, context.CancellationToken).Symbol is IMethodSymbol method
        && Synchronization.IsInterlocked(method);
}
