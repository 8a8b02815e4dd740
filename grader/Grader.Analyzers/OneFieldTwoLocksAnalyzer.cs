using System.Collections.Immutable;
using KitchenKatas.Grader.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>KATA004: two members guard the same field with different lock objects.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OneFieldTwoLocksAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleHelp.Rule(
        RuleIds.OneFieldTwoLocks,
        title: "One field guarded by two different locks",
        message: "{0} guards `{1}` with `{2}`, but {3} guards it with `{4}`: two different locks are two doors to one room, so two chefs can be inside at once. Guard `{1}` with one lock everywhere.",
        description: "Two locks exclude each other only when they are the same object. A field guarded by lock A in one member and "
            + "by lock B in another is not protected at all between those members.");

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
        var reported = new HashSet<SyntaxNode>();
        // An Interlocked or Volatile use needs no lock: a lock around it guards something else.
        foreach (var uses in shared.Accesses.Where(a => a.InnermostLock is not null && a.Member.IsShared && a.Use != FieldUse.Atomic)
                     .GroupBy(a => a.Field, SymbolEqualityComparer.Default))
        {
            // Nested locks count as a set: two uses are kept apart when they share any one lock.
            var first = uses.First();
            var firstLocks = LockNames(first);
            foreach (var other in uses.Where(u => u.Member.Name != first.Member.Name && !LockNames(u).Overlaps(firstLocks)))
            {
                var expression = other.InnermostLock!.Expression;
                if (reported.Add(expression))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rule, expression.GetLocation(), other.Member.ShownFirst, other.Field.Name, LockName(other), first.Member.Shown, LockName(first)));
                }
            }
        }
    }

    private static string LockName(FieldAccess access) => KitchenAnalysis.Quote(access.InnermostLock!.Expression);

    private static HashSet<string> LockNames(FieldAccess access) =>
        new(access.Locks.Select(l => l.Expression.ToString()), StringComparer.Ordinal);
}
