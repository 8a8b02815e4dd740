using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation;

/// <summary>How a region of code is locked.</summary>
public enum LockScopeKind
{
    /// <summary><c>lock (x) { ... }</c>.</summary>
    LockStatement,

    /// <summary><c>using (x.EnterScope()) { ... }</c>.</summary>
    EnterScopeBlock,

    /// <summary><c>using var scope = x.EnterScope();</c>: the rest of the enclosing block is locked.</summary>
    EnterScopeDeclaration,

    /// <summary><c>Monitor.Enter(x)</c>, released by a <c>Monitor.Exit(x)</c> in the same member.</summary>
    MonitorEnter,
}

/// <summary>One place where code takes a lock.</summary>
/// <param name="Statement">The statement that takes it (the lock statement, the using, or the Monitor.Enter call).</param>
/// <param name="LockObject">The expression naming the lock object.</param>
/// <param name="Kind">Which way the lock is taken.</param>
public sealed record LockScope(StatementSyntax Statement, ExpressionSyntax LockObject, LockScopeKind Kind)
{
    /// <summary>The locked statement of a lock statement or a using block; null for the other kinds.</summary>
    public StatementSyntax? Body => Statement switch
    {
        LockStatementSyntax l => l.Statement,
        UsingStatementSyntax u => u.Statement,
        _ => null,
    };

    /// <summary>The name of the field the lock object is, when it is one (<c>_gate</c> or <c>this._gate</c>); else null.</summary>
    public string? FieldName => MutationSyntax.FieldName(LockObject);
}
