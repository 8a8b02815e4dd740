using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Analyzers.Shared;

/// <summary>One place in a class that uses one of its own fields.</summary>
internal sealed class FieldAccess(
    IFieldSymbol field,
    FieldUse use,
    SyntaxNode reference,
    SyntaxNode whole,
    KitchenMember member,
    IReadOnlyList<LockStatementSyntax> locks)
{
    public IFieldSymbol Field { get; } = field;

    public FieldUse Use { get; } = use;

    /// <summary>The field's name where it is used (<c>_items</c>).</summary>
    public SyntaxNode Reference { get; } = reference;

    /// <summary>The whole use (<c>_total += quantity</c>, <c>_items[item] = …</c>), or the reference for a read.</summary>
    public SyntaxNode Whole { get; } = whole;

    public KitchenMember Member { get; } = member;

    /// <summary>The <c>lock</c> statements around the use inside its member, innermost first.</summary>
    public IReadOnlyList<LockStatementSyntax> Locks { get; } = locks;

    /// <summary>The innermost <c>lock</c> around the use, inside its member.</summary>
    public LockStatementSyntax? InnermostLock => Locks.Count > 0 ? Locks[0] : null;

    /// <summary>Under a <c>lock</c>, or in a member that synchronizes some other way.</summary>
    public bool IsGuarded => InnermostLock is not null || Member.SynchronizesOtherwise;

    /// <summary>A use that another chef could race with: in a shared member, not guarded.</summary>
    public bool IsExposed => Member.IsShared && !IsGuarded;

    public bool Changes => Use is FieldUse.Write or FieldUse.ReadModifyWrite;
}
