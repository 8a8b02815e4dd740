using System.Collections.Immutable;
using KitchenKatas.Grader.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>
/// KATA005: an <c>if</c> outside any lock checks a shared field (<c>_items.ContainsKey(k)</c>, <c>_stock &gt;= n</c>)
/// and the code it decides (its branches, or the rest of the block after a guard clause) changes that field.
/// Atomic calls (a ConcurrentDictionary's) do not make the pair atomic. Double-checked locking is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CheckThenActAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleHelp.Rule(
        RuleIds.CheckThenAct,
        title: "Check-then-act on shared state outside a lock",
        message: "Between checking `{0}` and changing it in {1}, another chef can change `{0}` first, so the answer is out of date when you act on it: two chefs can both see the same `{0}` and both act. Do the check and the change as one step, under one lock.",
        description: "A check on shared state is stale as soon as it is made. When the change that depends on it happens later, "
            + "another thread can change the state in between, even when each call on its own is atomic.");

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
        foreach (var found in CheckThenActFinder.Find(shared))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, found.Check.Condition.GetLocation(), found.Change.Field.Name, found.Change.Member.Shown));
        }
    }
}
