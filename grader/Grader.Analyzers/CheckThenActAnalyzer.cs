using System.Collections.Immutable;
using KitchenKatas.Grader.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>
/// KATA005: an <c>if</c> outside any lock checks a shared field (<c>_items.ContainsKey(k)</c>, <c>_stock &gt;= n</c>)
/// and the code it guards changes that field. Atomic calls (a ConcurrentDictionary's) do not make the pair atomic.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CheckThenActAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleHelp.Rule(
        RuleIds.CheckThenAct,
        title: "Check-then-act on shared state outside a lock",
        message: "Between checking `{0}` and changing it in `{1}`, another chef can slip in: two chefs can both see the last one and both take it. Do the check and the change as one step, under one lock.",
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
        foreach (var check in shared.Declaration.DescendantNodes().OfType<IfStatementSyntax>())
        {
            var checkedUses = shared.Accesses
                .Where(a => a.IsExposed && a.Use == FieldUse.Read && check.Condition.Span.Contains(a.Reference.Span))
                .ToList();
            if (checkedUses.Count == 0)
            {
                continue;
            }

            var acts = ActingRegion(check).ToList();
            var change = shared.Accesses.FirstOrDefault(a =>
                a.Changes
                && a.Member.Name == checkedUses[0].Member.Name
                && checkedUses.Any(c => SymbolEqualityComparer.Default.Equals(c.Field, a.Field))
                && acts.Any(s => s.Span.Contains(a.Reference.Span)));
            if (change is not null && !IsDoubleChecked(change, shared))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, check.Condition.GetLocation(), change.Field.Name, change.Member.Name));
            }
        }
    }

    // Double-checked locking checks again under the lock before changing: the outer check is only a shortcut.
    private static bool IsDoubleChecked(FieldAccess change, SharedClass shared) =>
        change.InnermostLock is { } gate
        && change.Reference.Ancestors().TakeWhile(a => a != gate).OfType<IfStatementSyntax>().Any(inner =>
            shared.Accesses.Any(a => SymbolEqualityComparer.Default.Equals(a.Field, change.Field) && inner.Condition.Span.Contains(a.Reference.Span)));

    // What the check decides: its branches, and when its branch always leaves (a guard clause), the rest of the block.
    private static IEnumerable<SyntaxNode> ActingRegion(IfStatementSyntax check)
    {
        yield return check.Statement;
        if (check.Else is not null)
        {
            yield return check.Else;
        }

        if (AlwaysLeaves(check.Statement) && check.Parent is BlockSyntax block)
        {
            foreach (var later in block.Statements.SkipWhile(s => s != check).Skip(1))
            {
                yield return later;
            }
        }
    }

    private static bool AlwaysLeaves(StatementSyntax statement) => statement switch
    {
        BlockSyntax block => block.Statements.Count > 0 && AlwaysLeaves(block.Statements.Last()),
        ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax => true,
        ExpressionStatementSyntax { Expression: ThrowExpressionSyntax } => true,
        _ => statement.IsKind(SyntaxKind.GotoStatement),
    };
}
