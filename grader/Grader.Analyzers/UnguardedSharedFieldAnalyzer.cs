using System.Collections.Immutable;
using KitchenKatas.Grader.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>
/// KATA002: in a shared class, a field is changed under a lock in one member but used without it in another
/// (inconsistent locking), or, with no lock anywhere, read in one member while another member changes it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnguardedSharedFieldAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleHelp.Rule(
        RuleIds.UnguardedSharedField,
        title: "Shared field used without the lock",
        message: "{0} {1} `{2}` without a lock, while {3} changes it{4}: {5}. Use `{2}` under one lock everywhere.",
        description: "A lock only protects a field if every member that reads or writes the field takes the same lock. "
            + "A reader without the lock can see a half-done change, or break a collection that another thread is changing.");

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
        foreach (var field in shared.Accesses.Select(a => a.Field).Distinct<IFieldSymbol>(SymbolEqualityComparer.Default))
        {
            if (field.IsVolatile || Synchronization.IsThreadSafe(field.Type))
            {
                continue;
            }

            var uses = shared.Accesses.Where(a => SymbolEqualityComparer.Default.Equals(a.Field, field) && a.Member.IsShared).ToList();
            var guardedChanges = uses.Where(a => a.IsGuarded && a.Changes).ToList();
            var writers = guardedChanges.Count > 0 ? guardedChanges : uses.Where(a => a.Changes).ToList();
            if (writers.Count == 0)
            {
                continue;
            }

            var writerMembers = new HashSet<KitchenMember>(writers.Select(w => w.Member));
            var writerNames = new HashSet<string>(writers.Select(w => w.Member.Name), StringComparer.Ordinal);
            foreach (var use in uses.Where(u => u.IsExposed && !writerNames.Contains(u.Member.Name) && !writerMembers.Contains(u.Member)))
            {
                // With no lock anywhere, only readers are reported here: unguarded changes are KATA001 and KATA005.
                var underLock = guardedChanges.Count > 0;
                if ((underLock && use.Use is FieldUse.Read or FieldUse.Write) || (!underLock && use.Use == FieldUse.Read))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rule,
                        use.Reference.GetLocation(),
                        use.Member.ShownFirst,
                        use.Use == FieldUse.Read ? "reads" : "changes",
                        field.Name,
                        writers[0].Member.Shown,
                        underLock ? " under a lock" : "",
                        use.Use == FieldUse.Read
                            ? "a chef here can see it half-changed or out of date"
                            : "both changes can happen at the same moment and spoil it"));
                }
            }
        }
    }
}
