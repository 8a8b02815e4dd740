using System.Collections.Immutable;
using KitchenKatas.Grader.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>
/// KATA006: one member changes two fields in two separate steps, each safe on its own (an <c>Interlocked</c> call, one
/// call on a concurrent collection, a <c>lock</c> block), when the two must agree: another member reads both, or the
/// same value goes into both changes (<c>_items.AddOrUpdate(item, quantity, …)</c> and
/// <c>Interlocked.Add(ref _total, quantity)</c>). Each step is atomic; the pair is not. Two locks for the two fields
/// (<c>lock (_itemsGate)</c>, then <c>lock (_totalGate)</c>) split the one invariant the same way.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SplitUpdateAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleHelp.Rule(
        RuleIds.SplitUpdate,
        title: "Fields that must change together updated in separate steps",
        message: "{0} changes `{1}` and `{2}` in two separate steps ({3}), but the two must agree ({4}): between the steps, another chef can see `{1}` changed and `{2}` not yet. Change both in one step, under one lock, and read them under that lock too.",
        description: "Interlocked, a concurrent collection or a lock makes one update atomic. Two fields that must agree need both "
            + "updates to happen as one step, under one lock (or in one immutable object swapped in with one Interlocked call).");

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
        // A member that locks by hand (Monitor.Enter, a semaphore…) has steps this rule cannot see: it is trusted.
        foreach (var member in shared.Accesses.Where(a => a.Member.IsShared).GroupBy(a => a.Member.Name, StringComparer.Ordinal))
        {
            if (member.Any(a => a.Member.SynchronizesOtherwise))
            {
                continue;
            }

            var steps = member.Select(a => Step.Of(a, context)).Where(s => s is not null).Select(s => s!).ToList();
            var reported = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 1; i < steps.Count; i++)
            {
                var second = steps[i];
                var earlier = steps.Take(i).Where(f => !SymbolEqualityComparer.Default.Equals(f.Change.Field, second.Change.Field) && !f.IsSameStepAs(second)).ToList();

                // A value that goes into both changes is the plainest evidence; a member that reads both comes next.
                var found = earlier.Select(f => (First: f, Why: SameValue(f, second, context))).FirstOrDefault(p => p.Why is not null);
                if (found.Why is null)
                {
                    found = earlier.Select(f => (First: f, Why: ReaderOfBoth(f, second, shared))).FirstOrDefault(p => p.Why is not null);
                }

                if (found.Why is not null && reported.Add(PairKey(found.First.Change.Field, second.Change.Field)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rule,
                        second.Change.Whole.GetLocation(),
                        second.Change.Member.ShownFirst,
                        found.First.Change.Field.Name,
                        second.Change.Field.Name,
                        Step.Describe(found.First, second),
                        found.Why));
                }
            }
        }
    }

    private static string PairKey(IFieldSymbol a, IFieldSymbol b) =>
        string.CompareOrdinal(a.Name, b.Name) < 0 ? a.Name + "|" + b.Name : b.Name + "|" + a.Name;

    // Evidence that the two fields must agree, in words, or null: the same value goes into both changes.
    private static string? SameValue(Step first, Step second, SyntaxNodeAnalysisContext context) =>
        first.Values(context).Intersect(second.Values(context), StringComparer.Ordinal).FirstOrDefault() is { } common
            ? $"both take `{common}`"
            : null;

    // Evidence that the two fields must agree, in words, or null: another member reads both.
    private static string? ReaderOfBoth(Step first, Step second, SharedClass shared)
    {
        var reader = shared.Accesses.FirstOrDefault(a =>
            a.Member.Name != first.Change.Member.Name
            && Reads(a, first.Change.Field)
            && shared.Accesses.Any(b => b.Member.Name == a.Member.Name && Reads(b, second.Change.Field)));
        return reader is null ? null : $"{reader.Member.Shown} reads both";
    }

    // A plain read, or `Volatile.Read`/`Interlocked.Read`.
    private static bool Reads(FieldAccess access, IFieldSymbol field) =>
        SymbolEqualityComparer.Default.Equals(access.Field, field)
        && (access.Use == FieldUse.Read
            || (access.Use == FieldUse.Atomic && access.Whole is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Read" } }));

    /// <summary>A change of a field made as one atomic step: an Interlocked call, one concurrent-collection call, a lock block.</summary>
    private sealed class Step
    {
        private Step(FieldAccess change, SyntaxNode node, string kind)
        {
            Change = change;
            Node = node;
            Kind = kind;
        }

        public FieldAccess Change { get; }

        /// <summary>The whole step: the call, or the outermost <c>lock</c> statement.</summary>
        public SyntaxNode Node { get; }

        /// <summary>How the step is made safe, in words: "an Interlocked call", "a ConcurrentDictionary call", "`lock (_gate)`".</summary>
        public string Kind { get; }

        public static Step? Of(FieldAccess access, SyntaxNodeAnalysisContext context)
        {
            if (access.Locks.Count > 0 && (access.Changes || access.Use == FieldUse.Atomic))
            {
                var outer = access.Locks[access.Locks.Count - 1];
                return new Step(access, outer, $"`lock ({outer.Expression})`");
            }

            if (access.Use == FieldUse.Atomic
                && context.SemanticModel.GetSymbolInfo(access.Whole, context.CancellationToken).Symbol is IMethodSymbol method
                && Synchronization.IsInterlocked(method))
            {
                return new Step(access, access.Whole, "an Interlocked call");
            }

            return access.Changes && access.Whole is InvocationExpressionSyntax or AssignmentExpressionSyntax && Synchronization.IsConcurrentCollection(access.Field.Type)
                ? new Step(access, access.Whole, $"a {access.Field.Type.Name} call")
                : null;
        }

        public bool IsSameStepAs(Step other) =>
            Node.Span.Contains(other.Node.Span) || other.Node.Span.Contains(Node.Span);

        public static string Describe(Step first, Step second) => (first.Node, second.Node) switch
        {
            (LockStatementSyntax a, LockStatementSyntax b) when a.Expression.ToString() == b.Expression.ToString() => $"two separate {first.Kind} blocks",
            (LockStatementSyntax, LockStatementSyntax) => $"{first.Kind}, then {second.Kind}: two different locks",
            _ when first.Kind == second.Kind => "two separate " + first.Kind.Substring(first.Kind.IndexOf(' ') + 1) + "s",
            _ => $"{first.Kind}, then {second.Kind}",
        };

        // The locals and parameters the change is made of, leaving out keys (`item` in `_items[item]`, `TryAdd(item, …)`).
        public IEnumerable<string> Values(SyntaxNodeAnalysisContext context) =>
            Change.Whole.DescendantNodesAndSelf()
                .OfType<IdentifierNameSyntax>()
                .Where(name => !IsKey(name, context))
                .Select(name => context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol)
                .Where(symbol => symbol is ILocalSymbol or IParameterSymbol { IsDiscard: false })
                .Select(symbol => symbol!.Name)
                .Where(name => name != "_")
                .Distinct(StringComparer.Ordinal);

        private bool IsKey(IdentifierNameSyntax name, SyntaxNodeAnalysisContext context)
        {
            var within = name.Ancestors().TakeWhile(a => a != Change.Whole).ToList();
            return within.Any(a => a is BracketedArgumentListSyntax)
                || within.OfType<ArgumentSyntax>().Any(a =>
                    context.SemanticModel.GetOperation(a, context.CancellationToken) is IArgumentOperation { Parameter.Name: "key" or "item" or "location1" });
        }
    }
}
