using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation;

/// <summary>Finds, by syntax alone, every place a file takes a lock: the sites the lock operators work on.</summary>
public static class LockScopes
{
    /// <summary>Every lock taken under <paramref name="root"/>, in source order.</summary>
    public static IEnumerable<LockScope> In(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var statement in root.DescendantNodes().OfType<StatementSyntax>())
        {
            if (Of(statement) is { } scope)
            {
                yield return scope;
            }
        }
    }

    /// <summary>The lock <paramref name="statement"/> takes, or null when it takes none.</summary>
    public static LockScope? Of(StatementSyntax statement) => statement switch
    {
        LockStatementSyntax l => new LockScope(l, l.Expression, LockScopeKind.LockStatement),
        UsingStatementSyntax { Expression: { } e } u when EnterScopeTarget(e) is { } target => new LockScope(u, target, LockScopeKind.EnterScopeBlock),
        LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword } d
            when d.Declaration.Variables is [{ Initializer.Value: { } v }] && EnterScopeTarget(v) is { } target =>
            new LockScope(d, target, LockScopeKind.EnterScopeDeclaration),
        ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call } s
            when MutationSyntax.IsCall(call, "Monitor", "Enter") && call.ArgumentList.Arguments.Count > 0 =>
            new LockScope(s, call.ArgumentList.Arguments[0].Expression, LockScopeKind.MonitorEnter),
        _ => null,
    };

    /// <summary>The <c>Monitor.Exit(x)</c> statements in <paramref name="member"/> that release the same object as <paramref name="enter"/>.</summary>
    public static IEnumerable<ExpressionStatementSyntax> MatchingExits(SyntaxNode member, LockScope enter)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(enter);
        var target = enter.LockObject.ToString();
        return member.DescendantNodes().OfType<ExpressionStatementSyntax>().Where(s =>
            s.Expression is InvocationExpressionSyntax call
            && MutationSyntax.IsCall(call, "Monitor", "Exit")
            && call.ArgumentList.Arguments is [var only]
            && only.Expression.ToString() == target);
    }

    private static ExpressionSyntax? EnterScopeTarget(ExpressionSyntax e) =>
        e is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "EnterScope" } access, ArgumentList.Arguments.Count: 0 }
            ? access.Expression
            : null;
}
