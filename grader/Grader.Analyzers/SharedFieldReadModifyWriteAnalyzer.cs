using System.Collections.Immutable;
using KitchenKatas.Grader.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>
/// KATA001: <c>_total++</c>, <c>_total += n</c>, <c>_total = _total + n</c>, <c>_items[k]++</c>, a dictionary read and then
/// written back (<c>_items.TryGetValue(k, out var n); _items[k] = n + 1;</c>), or any change of a collection that is not
/// safe for two writers (<c>_rail.Enqueue(job)</c>, <c>_chefs.Add(chef)</c>), outside a lock in a shared class.
/// A change that is the "act" of a check-then-act is left to KATA005, so one problem gets one hint.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SharedFieldReadModifyWriteAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleHelp.Rule(
        RuleIds.SharedFieldReadModifyWrite,
        title: "Read-modify-write of a shared field outside a lock",
        message: "Two chefs can run `{0}` at the same moment: {1}. Guard `{2}` with a lock.",
        description: "Reading a field, changing the value and writing it back are separate steps. When two threads do them at once, "
            + "both read the same old value and the last write wins: an update is lost.");

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
        var checkThenActs = CheckThenActFinder.Find(shared).ToList();
        foreach (var access in shared.Accesses.Where(a => a.IsExposed && !checkThenActs.Any(c => c.Covers(a))))
        {
            var why = access.Use == FieldUse.ReadModifyWrite || IsWriteAfterRead(access, shared)
                ? IsElement(access)
                    ? $"both read the same old value in `{access.Field.Name}`, and one change is lost"
                    : $"both start from the same old `{access.Field.Name}`, and one change is lost"
                : ChangesPlainCollection(access)
                    ? $"a {access.Field.Type.Name} is not built for two chefs changing it at once, so a change can vanish or `{access.Field.Name}` can break"
                    : null;
            if (why is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, access.Whole.GetLocation(), KitchenAnalysis.Quote(access.Whole), why, access.Field.Name));
            }
        }
    }

    // `_items[item] = n + 1`, `_items[item]++`: a change of one entry of a collection.
    private static bool IsElement(FieldAccess access) =>
        access.Reference.Parent is ElementAccessExpressionSyntax || access.Reference.Parent?.Parent is ElementAccessExpressionSyntax;

    // `_rail.Enqueue(job)`: a Queue, List or Dictionary reads its own count and slots to change them; two writers break it.
    private static bool ChangesPlainCollection(FieldAccess access) =>
        access.Use == FieldUse.Write
        && Synchronization.IsPlainCollection(access.Field.Type)
        && access.Whole is InvocationExpressionSyntax or AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax };

    // `_items.TryGetValue(k, out var n);` then `_items[k] = n + 1;`: the read and the write are one step split in two.
    // A read inside an `if` condition is a check-then-act instead (KATA005), so it is left to that rule.
    private static bool IsWriteAfterRead(FieldAccess access, SharedClass shared)
    {
        if (access.Use != FieldUse.Write
            || access.Whole is not AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax }
            || !Synchronization.IsDictionary(access.Field.Type))
        {
            return false;
        }

        var earlier = KitchenAnalysis.EarlierSiblings(access.Whole).Where(s => s is not IfStatementSyntax).ToList();
        return shared.Accesses.Any(other =>
            other.Use == FieldUse.Read
            && SymbolEqualityComparer.Default.Equals(other.Field, access.Field)
            && earlier.Any(s => s.Span.Contains(other.Reference.Span)));
    }
}
