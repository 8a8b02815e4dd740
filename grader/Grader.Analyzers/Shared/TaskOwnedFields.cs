using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Analyzers.Shared;

/// <summary>
/// Fields that one task owns until it is done: every change is made inside one task body (a lambda given to
/// <c>Task.Run</c>, or a local function started once), and every other use only reads the field after waiting for
/// that task (<c>await t</c>, <c>t.Wait()</c>, <c>t.Result</c>, <c>await t.WaitAsync(…)</c>, <c>Task.WhenAll</c>).
/// <para>
/// A kata-3 supervisor that reads a tab's standard error line by line into a field does this: the reading chef
/// finishes before anyone looks, so no two chefs ever touch the field at once (waiting for a task is a
/// happens-before edge). Such a field is not shared state, and the race rules leave it alone.
/// </para>
/// </summary>
internal static class TaskOwnedFields
{
    /// <summary>True when <paramref name="uses"/> (all uses of one field) show a field that one task owns.</summary>
    public static bool AreOwnedByOneTask(IReadOnlyList<FieldAccess> uses, SemanticModel model, CancellationToken cancellation)
    {
        var shared = uses.Where(u => u.Member.IsShared).ToList();
        var changes = shared.Where(u => u.Use != FieldUse.Read).ToList();
        if (changes.Count == 0)
        {
            return false;
        }

        var body = TaskBodyAround(changes[0].Reference);
        if (body is null || changes.Any(c => TaskBodyAround(c.Reference) != body))
        {
            return false;
        }

        var task = TaskStartedFrom(body, model, cancellation);
        return task is not null
            && shared.Where(u => !body.Span.Contains(u.Reference.Span))
                .All(u => u.Use == FieldUse.Read && WaitsFirst(u.Reference, task, model, cancellation));
    }

    // The innermost lambda or local function around a use, inside its member.
    private static SyntaxNode? TaskBodyAround(SyntaxNode node) =>
        node.Ancestors()
            .TakeWhile(a => a is not MemberDeclarationSyntax)
            .FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);

    /// <summary>
    /// The local or field that holds the one task running <paramref name="body"/>: <c>var t = Task.Run(body)</c>,
    /// <c>_reading = ReadAsync()</c> for a local function called once. Null when the body may run more than once at a time.
    /// </summary>
    private static ISymbol? TaskStartedFrom(SyntaxNode body, SemanticModel model, CancellationToken cancellation)
    {
        SyntaxNode? start;
        if (body is LocalFunctionStatementSyntax local)
        {
            var function = model.GetDeclaredSymbol(local, cancellation);
            var member = local.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault();
            var calls = member?.DescendantNodes().OfType<IdentifierNameSyntax>()
                .Where(n => n.Identifier.ValueText == local.Identifier.ValueText
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n, cancellation).Symbol, function))
                .ToList();
            if (calls is not { Count: 1 })
            {
                return null;
            }

            start = calls[0].Parent switch
            {
                InvocationExpressionSyntax call when call.Expression == calls[0] => call,
                ArgumentSyntax argument => StartingCall(argument, model, cancellation),
                _ => null,
            };
        }
        else
        {
            start = body.Parent is ArgumentSyntax argument ? StartingCall(argument, model, cancellation) : null;
        }

        if (start is null
            || start.Ancestors().TakeWhile(a => a is not MemberDeclarationSyntax).Any(IsLoopOrFunction)
            || IsCalledForManyAtOnce(start, model, cancellation))
        {
            return null;
        }

        var holder = start.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => model.GetDeclaredSymbol(declarator, cancellation),
            AssignmentExpressionSyntax assignment when assignment.Right == start && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) =>
                model.GetSymbolInfo(assignment.Left, cancellation).Symbol,
            _ => null,
        };
        return holder is ILocalSymbol or IFieldSymbol && IsOnlyStoredOnce(holder, start, model, cancellation) ? holder : null;
    }

    // `Task.Run(body)`: runs it once and hands back a task that ends when the body ends (async bodies too).
    // `Task.Factory.StartNew(async …)` hands back a task that ends at the body's first await, so it is not trusted.
    private static SyntaxNode? StartingCall(ArgumentSyntax argument, SemanticModel model, CancellationToken cancellation) =>
        argument.Parent?.Parent is InvocationExpressionSyntax call
        && model.GetSymbolInfo(call, cancellation).Symbol is IMethodSymbol { Name: "Run", ContainingType.Name: "Task" } run
        && Synchronization.IsIn(run.ContainingType, "System.Threading.Tasks")
            ? call
            : null;

    // `RunAllAsync` => `Task.WhenAll(jobs.Select(job => RunAsync(job)))`: when the class itself calls the member that
    // starts the task from a loop or a lambda, several of those tasks can run at once and share the field.
    private static bool IsCalledForManyAtOnce(SyntaxNode start, SemanticModel model, CancellationToken cancellation)
    {
        var member = start.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault();
        var type = member?.Parent as TypeDeclarationSyntax;
        var method = member is null ? null : model.GetDeclaredSymbol(member, cancellation) as IMethodSymbol;
        return type is not null && method is not null && type.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(call =>
            SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(call, cancellation).Symbol?.OriginalDefinition, method)
            && call.Ancestors().TakeWhile(a => a is not MemberDeclarationSyntax).Any(IsLoopOrFunction));
    }

    private static bool IsLoopOrFunction(SyntaxNode node) =>
        node is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
            or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

    // Another task stored in the same place later (outside a constructor) would make `await t` wait for the wrong one.
    private static bool IsOnlyStoredOnce(ISymbol holder, SyntaxNode start, SemanticModel model, CancellationToken cancellation)
    {
        var scope = holder is ILocalSymbol
            ? start.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault()
            : start.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault();
        return scope is not null && !scope.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a =>
            a.Right != start
            && a.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault() is not ConstructorDeclarationSyntax
            && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(a.Left, cancellation).Symbol, holder));
    }

    // True when a statement before the use, in a block around it, waits for the task: the task has ended by then.
    private static bool WaitsFirst(SyntaxNode use, ISymbol task, SemanticModel model, CancellationToken cancellation)
    {
        foreach (var statement in use.Ancestors().TakeWhile(a => a is not MemberDeclarationSyntax).OfType<StatementSyntax>())
        {
            if (statement.Parent is BlockSyntax block
                && block.Statements.TakeWhile(s => s != statement).Any(s => IsWaitFor(s, task, model, cancellation)))
            {
                return true;
            }
        }

        return false;
    }

    // `await t;`, `var x = await t;`, `t.Wait();`, `var x = t.Result;`: the whole statement waits (a wait nested in an
    // `if`, a `try` with a catch or a lambda might not happen, so those do not count).
    private static bool IsWaitFor(StatementSyntax statement, ISymbol task, SemanticModel model, CancellationToken cancellation) =>
        statement is ExpressionStatementSyntax or LocalDeclarationStatementSyntax
        && statement.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<IdentifierNameSyntax>()
            .Where(n => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n, cancellation).Symbol, task))
            .Any(n => EndsWithWait(n, model, cancellation));

    // Climbs from the task to what is done with it: awaited, waited, its result taken, or joined with others first.
    private static bool EndsWithWait(IdentifierNameSyntax name, SemanticModel model, CancellationToken cancellation)
    {
        ExpressionSyntax task = name.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self && self.Name == name ? self : name;
        while (true)
        {
            switch (task.Parent)
            {
                case AwaitExpressionSyntax:
                    return true;
                case MemberAccessExpressionSyntax access when access.Expression == task:
                    var member = access.Name.Identifier.ValueText;
                    if (member == "Result")
                    {
                        return true;
                    }

                    if (access.Parent is not InvocationExpressionSyntax call)
                    {
                        return false;
                    }

                    if (member == "Wait")
                    {
                        // `Wait(timeout)` gives up and returns false: only a wait with no time limit ends with the task.
                        return call.ArgumentList.Arguments.All(a => model.GetTypeInfo(a.Expression, cancellation).Type?.Name == nameof(CancellationToken));
                    }

                    if (member == "GetAwaiter")
                    {
                        return call.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetResult" };
                    }

                    if (member is not ("ConfigureAwait" or "WaitAsync"))
                    {
                        return false;
                    }

                    task = call;
                    break;
                case ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax joining }
                    when model.GetSymbolInfo(joining, cancellation).Symbol is IMethodSymbol { Name: "WhenAll" or "WaitAll", ContainingType.Name: "Task" } join:
                    if (join.Name == "WaitAll")
                    {
                        return join.ReturnsVoid;
                    }

                    task = joining;
                    break;
                default:
                    return false;
            }
        }
    }
}
