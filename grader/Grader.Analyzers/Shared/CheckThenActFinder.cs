using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Analyzers.Shared;

/// <summary>One check-then-act: an <c>if</c> outside any lock that checks a shared field, and the change it decides.</summary>
internal sealed class CheckThenAct(IfStatementSyntax check, FieldAccess change, IReadOnlyList<SyntaxNode> acts)
{
    public IfStatementSyntax Check { get; } = check;

    /// <summary>The first change of a checked field in what the check decides.</summary>
    public FieldAccess Change { get; } = change;

    /// <summary>What the check decides: its branches, and after a guard clause, the rest of the block.</summary>
    public IReadOnlyList<SyntaxNode> Acts { get; } = acts;

    /// <summary>True when <paramref name="access"/> is a change of the same field inside what the check decides.</summary>
    public bool Covers(FieldAccess access) =>
        access.Changes
        && SymbolEqualityComparer.Default.Equals(access.Field, Change.Field)
        && Acts.Any(s => s.Span.Contains(access.Reference.Span));
}

/// <summary>
/// Finds check-then-acts in a shared class (KATA005). KATA001 uses it too, so that a change already explained
/// as the "act" of a check-then-act is not reported a second time.
/// </summary>
internal static class CheckThenActFinder
{
    public static IEnumerable<CheckThenAct> Find(SharedClass shared)
    {
        foreach (var check in shared.Declaration.DescendantNodes().OfType<IfStatementSyntax>())
        {
            var checkedUses = shared.Accesses
                .Where(a => a.IsExposed && a.Use == FieldUse.Read && check.Condition.Span.Contains(a.Reference.Span))
                .ToList();
            var acts = ActingRegion(check).ToList();
            if (checkedUses.Count == 0)
            {
                // `lock (_gate) { if (!ok) return; }` then `lock (_gate) { change }`: the lock is let go in between.
                checkedUses = shared.Accesses
                    .Where(a => a.Member.IsShared && a.Use == FieldUse.Read && check.Condition.Span.Contains(a.Reference.Span))
                    .ToList();
                acts = checkedUses.Count > 0 ? AfterTheLock(check).ToList() : [];
                if (acts.Count == 0)
                {
                    continue;
                }
            }

            var change = shared.Accesses.FirstOrDefault(a =>
                a.Changes
                && !IsCompareAndSwap(a)
                && a.Member.Name == checkedUses[0].Member.Name
                && checkedUses.Any(c => SymbolEqualityComparer.Default.Equals(c.Field, a.Field))
                && acts.Any(s => s.Span.Contains(a.Reference.Span)));
            if (change is not null && !IsDoubleChecked(change, shared))
            {
                yield return new CheckThenAct(check, change, acts);
            }
        }
    }

    // `TryUpdate(k, new, seen)` and `TryRemove(KeyValuePair(k, seen))` act only if the value is still the one checked:
    // a retry loop around them is a correct lock-free pattern, not a stale check.
    private static bool IsCompareAndSwap(FieldAccess change) =>
        change.Whole is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name }, ArgumentList.Arguments: var arguments }
        && ((name == "TryUpdate" && arguments.Count == 3) || (name == "TryRemove" && arguments.Count == 1))
        && Synchronization.IsConcurrentCollection(change.Field.Type);

    // Double-checked locking checks again under the lock before changing (around the change, or as a guard clause
    // before it): the outer check is only a shortcut.
    private static bool IsDoubleChecked(FieldAccess change, SharedClass shared) =>
        change.InnermostLock is { } gate
        && gate.Statement.DescendantNodes().OfType<IfStatementSyntax>()
            .Where(inner => inner.Span.Contains(change.Reference.Span) || inner.Span.End <= change.Reference.SpanStart)
            .Any(inner => shared.Accesses.Any(a => SymbolEqualityComparer.Default.Equals(a.Field, change.Field) && inner.Condition.Span.Contains(a.Reference.Span)));

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

    // A guard clause that is a lock's whole business decides everything after that lock, which no longer holds it.
    private static IEnumerable<SyntaxNode> AfterTheLock(IfStatementSyntax check) =>
        check.Else is null
        && AlwaysLeaves(check.Statement)
        && check.Parent is BlockSyntax { Parent: LockStatementSyntax gate }
        && gate.Parent is BlockSyntax outer
            ? outer.Statements.SkipWhile(s => s != gate).Skip(1)
            : Enumerable.Empty<SyntaxNode>();

    private static bool AlwaysLeaves(StatementSyntax statement) => statement switch
    {
        BlockSyntax block => block.Statements.Count > 0 && AlwaysLeaves(block.Statements.Last()),
        ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax => true,
        ExpressionStatementSyntax { Expression: ThrowExpressionSyntax } => true,
        _ => statement.IsKind(SyntaxKind.GotoStatement),
    };
}
