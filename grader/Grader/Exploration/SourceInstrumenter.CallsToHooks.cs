using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace KitchenKatas.Grader.Exploration;

public static partial class SourceInstrumenter
{
    /// <summary>
    /// Calls on collections, Interlocked and Volatile become <c>Done(Begin(site, instance), call, arguments…)</c>: the point
    /// comes before the call, the values after it. Lock-like calls (Monitor, Lock, ReaderWriterLockSlim, SemaphoreSlim)
    /// are replaced by the modelled ones.
    /// </summary>
    private sealed class CallsToHooks(IReadOnlyDictionary<SyntaxAnnotation, Mark> marks) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? Visit(SyntaxNode? node)
        {
            var visited = base.Visit(node);
            if (node is not ExpressionSyntax || visited is not ExpressionSyntax expression)
            {
                return visited;
            }

            if (MarkOf(node, marks, MarkKind.Primitive) is { } primitive)
            {
                return Primitive(primitive, (InvocationExpressionSyntax)expression).WithTriviaFrom(expression);
            }

            if (MarkOf(node, marks, MarkKind.NewThread) is not null)
            {
                return NewThread(expression).WithTriviaFrom(expression);
            }

            if (MarkOf(node, marks, MarkKind.Held) is { } held)
            {
                return Held(held, (MemberAccessExpressionSyntax)expression).WithTriviaFrom(expression);
            }

            if (MarkOf(node, marks, MarkKind.Call) is { IsVoid: false } call)
            {
                ExpressionSyntax[] arguments = [Call("Begin", Number(call.Site.Id), Instance(call, node) ?? Null), Strip(expression), .. Arguments(call, expression)];
                return Call("Done", arguments).WithTriviaFrom(expression);
            }

            return visited;
        }

        public override SyntaxNode? VisitExpressionStatement(ExpressionStatementSyntax node)
        {
            var visited = (ExpressionStatementSyntax)base.VisitExpressionStatement(node)!;
            if (MarkOf(node.Expression, marks, MarkKind.Call) is not { IsVoid: true } call)
            {
                return visited;
            }

            return Block(
                ExpressionStatement(Call("Begin", Number(call.Site.Id), Instance(call, node.Expression) ?? Null)),
                visited,
                ExpressionStatement(Call("DoneVoid", [Number(call.Site.Id), .. Arguments(call, visited.Expression)]))).WithTriviaFrom(node);
        }

        // A void call as the whole body, `void Close() => Volatile.Write(ref _closed, true);`, needs a block for its hooks.
        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
            return VoidArrow(node.ExpressionBody, visited.ExpressionBody) is { } body
                ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body)
                : visited;
        }

        public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
        {
            var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
            return VoidArrow(node.ExpressionBody, visited.ExpressionBody) is { } body
                ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body)
                : visited;
        }

        public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
        {
            var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
            if (MarkOf(node, marks, MarkKind.Foreach) is not { } mark)
            {
                return visited;
            }

            // The enumeration is one long read: it ends when the loop does, however it ends.
            return Block(
                ExpressionStatement(Call("Begin", Number(mark.Site.Id), Plain(node.Expression))),
                TryStatement(Block(visited), default, FinallyClause(Block(ExpressionStatement(Call("DoneVoid", Number(mark.Site.Id)))))))
                .WithTriviaFrom(node);
        }

        private BlockSyntax? VoidArrow(ArrowExpressionClauseSyntax? original, ArrowExpressionClauseSyntax? visited)
        {
            if (original is null || visited is null || MarkOf(original.Expression, marks, MarkKind.Call) is not { IsVoid: true } call)
            {
                return null;
            }

            return Block(
                ExpressionStatement(Call("Begin", Number(call.Site.Id), Instance(call, original.Expression) ?? Null)),
                ExpressionStatement(visited.Expression),
                ExpressionStatement(Call("DoneVoid", [Number(call.Site.Id), .. Arguments(call, visited.Expression)])));
        }

        // The mark stays on the original node only; the copy inside Done must not be instrumented again.
        private static ExpressionSyntax Strip(ExpressionSyntax expression) => expression.WithoutAnnotations(MarkKindName);

        private static ExpressionSyntax? Instance(Mark mark, SyntaxNode original)
        {
            if (mark.InstanceArgument >= 0)
            {
                var arguments = original is ObjectCreationExpressionSyntax o ? o.ArgumentList! : ((ImplicitObjectCreationExpressionSyntax)original).ArgumentList;
                return Plain(arguments.Arguments[mark.InstanceArgument].Expression);
            }

            if (mark.IsStaticCall)
            {
                return null;
            }

            return original switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax ma } => Plain(ma.Expression),
                ElementAccessExpressionSyntax e => Plain(e.Expression),
                AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax e } => Plain(e.Expression),
                PrefixUnaryExpressionSyntax { Operand: ElementAccessExpressionSyntax e } => Plain(e.Expression),
                PostfixUnaryExpressionSyntax { Operand: ElementAccessExpressionSyntax e } => Plain(e.Expression),
                MemberAccessExpressionSyntax ma => Plain(ma.Expression),
                _ => null,
            };
        }

        private static IEnumerable<ExpressionSyntax> Arguments(Mark mark, ExpressionSyntax visited)
        {
            var list = visited switch
            {
                InvocationExpressionSyntax i => i.ArgumentList.Arguments,
                ElementAccessExpressionSyntax e => e.ArgumentList.Arguments,
                AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax e } => e.ArgumentList.Arguments,
                PrefixUnaryExpressionSyntax { Operand: ElementAccessExpressionSyntax e } => e.ArgumentList.Arguments,
                PostfixUnaryExpressionSyntax { Operand: ElementAccessExpressionSyntax e } => e.ArgumentList.Arguments,
                _ => default,
            };
            for (var i = 0; i < list.Count && i < mark.Capture.Count; i++)
            {
                yield return !mark.Capture[i] ? Uncaptured
                    : list[i].Expression is DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax v } ? IdentifierName(v.Identifier.Text)
                    : Plain(list[i].Expression);
            }
        }

        // The hooks mirror the real overloads: timeouts (int or TimeSpan) and ref lockTaken pass through as written.
        private static ExpressionSyntax Primitive(Mark mark, InvocationExpressionSyntax call)
        {
            var arguments = call.ArgumentList.Arguments;
            var site = Number(mark.Site.Id);
            var on = mark.IsStaticCall ? arguments[0].Expression : ((MemberAccessExpressionSyntax)call.Expression).Expression;
            if (mark.Hook == "LockHeld")
            {
                return Call("LockHeld", on);
            }

            var list = new List<ArgumentSyntax> { Argument(site) };
            var rest = mark.IsStaticCall ? arguments.Skip(1) : arguments;
            if (mark.SpinField is { } field)
            {
                list.AddRange(SpinLockArguments(mark, field, on).Select(Argument));
                rest = mark.Hook == "SpinLockExit" ? [] : rest; // Exit(useMemoryBarrier): a barrier means nothing one chef at a time
            }
            else
            {
                list.Add(Argument(on));
            }

            list.AddRange(rest);
            return InvocationExpression(ParseExpression($"{Hooks}.{mark.Hook}"), ArgumentList(SeparatedList(list)));
        }

        // new Thread(body, ...) { ... } becomes ThreadMade(new Thread(ThreadBody(body), ...) { ... }): written out in full,
        // as a target-typed new() cannot stand inside a call.
        private static ExpressionSyntax NewThread(ExpressionSyntax creation)
        {
            var (arguments, initializer) = creation switch
            {
                ObjectCreationExpressionSyntax o => (o.ArgumentList!, o.Initializer),
                ImplicitObjectCreationExpressionSyntax i => (i.ArgumentList, i.Initializer),
                _ => throw new InvalidOperationException($"Not a new Thread: {creation}"),
            };
            var body = arguments.Arguments[0];
            var wrapped = arguments.ReplaceNode(body, body.WithExpression(Call("ThreadBody", body.Expression.WithoutTrivia())));
            var made = ObjectCreationExpression(ParseTypeName("global::System.Threading.Thread"))
                .WithArgumentList(wrapped)
                .WithInitializer(initializer);
            return Call("ThreadMade", made);
        }

        private static ExpressionSyntax Held(Mark mark, MemberAccessExpressionSyntax access) =>
            mark.SpinField is { } field ? Call(mark.Hook!, [.. SpinLockArguments(mark, field, access.Expression).Take(mark.Hook == "SpinLockIsHeld" ? 2 : 3)])
            : mark.Hook == "LockHeld" ? Call(mark.Hook, Plain(access.Expression))
            : Call(mark.Hook!, Number(mark.Site.Id), Plain(access.Expression)); // an event's state: its site names it in the report

        // Where the SpinLock lives (its holder and field name) and whether it tracks its owner, which the real one decides.
        private static IEnumerable<ExpressionSyntax> SpinLockArguments(Mark mark, string field, ExpressionSyntax receiver) =>
        [
            ParseExpression(mark.LockExpression!),
            LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(field)),
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Plain(receiver), IdentifierName("IsThreadOwnerTrackingEnabled")),
        ];
    }
}
