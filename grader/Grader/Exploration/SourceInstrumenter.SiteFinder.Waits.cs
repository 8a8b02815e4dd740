using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Exploration;

public static partial class SourceInstrumenter
{
    /// <summary>SpinLock calls, and SemaphoreSlim.WaitAsync awaited (or waited on) at once.</summary>
    private sealed partial class SiteFinder
    {
        private const string SpinLockType = "System.Threading.SpinLock";

        /// <summary>A SpinLock call: Enter, TryEnter (with or without a timeout) and Exit; anything else cannot be modelled.</summary>
        private void SpinLockCall(InvocationExpressionSyntax node, IMethodSymbol method)
        {
            var hook = method.Name switch
            {
                "Enter" => "SpinLockEnter",
                "TryEnter" => "SpinLockTryEnter",
                "Exit" => "SpinLockExit",
                _ => null,
            };
            if (hook is null || node.Expression is not MemberAccessExpressionSyntax { Expression: var receiver } || SpinLockOwner(receiver) is not { } owner)
            {
                Unmodelled.Add($"SpinLock.{method.Name} on {(node.Expression as MemberAccessExpressionSyntax)?.Expression.ToString() ?? "?"} ({At(node)})");
                return;
            }

            var kind = hook == "SpinLockExit" ? SiteKind.LockExit : SiteKind.LockEnter;
            Add(new Mark(MarkKind.Primitive, node, Site(node, kind, receiver.ToString(), method.Name))
            {
                Hook = hook,
                LockExpression = owner.Expression,
                SpinField = owner.Field,
            });
        }

        /// <summary>SpinLock.IsHeld and IsHeldByCurrentThread ask the model; Lock.IsHeldByCurrentThread too.</summary>
        private void HeldProperty(MemberAccessExpressionSyntax node, IPropertySymbol property)
        {
            var type = property.ContainingType.ToDisplayString();
            if (type == "System.Threading.Lock" && property.Name == "IsHeldByCurrentThread")
            {
                Add(new Mark(MarkKind.Held, node, Site(node, SiteKind.LockEnter, node.Expression.ToString(), property.Name)) { Hook = "LockHeld" });
                return;
            }

            if (type != SpinLockType || property.Name is not ("IsHeld" or "IsHeldByCurrentThread"))
            {
                return;
            }

            if (SpinLockOwner(node.Expression) is not { } owner)
            {
                Unmodelled.Add($"SpinLock.{property.Name} on {node.Expression} ({At(node)})");
                return;
            }

            Add(new Mark(MarkKind.Held, node, Site(node, SiteKind.LockEnter, node.Expression.ToString(), property.Name))
            {
                Hook = property.Name == "IsHeld" ? "SpinLockIsHeld" : "SpinLockIsHeldByMe",
                LockExpression = owner.Expression,
                SpinField = owner.Field,
            });
        }

        /// <summary>
        /// Where a SpinLock lives, as code: the object that holds the field, or the type for a static field; "null" for a
        /// readonly field, whose every use works on a fresh copy. Null when it is not a field of a class (a local, an
        /// array element, a struct's field): then the explorer leaves it to stress.
        /// </summary>
        private (string Expression, string Field)? SpinLockOwner(ExpressionSyntax receiver)
        {
            if (model.GetSymbolInfo(receiver).Symbol is not IFieldSymbol field || field.ContainingType.IsValueType)
            {
                return null;
            }

            if (field.IsReadOnly)
            {
                return ("null", field.Name);
            }

            if (field.IsStatic)
            {
                return ($"typeof({field.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)})", field.Name);
            }

            return receiver switch
            {
                IdentifierNameSyntax => ("this", field.Name),
                MemberAccessExpressionSyntax { Expression: var holder } when IsSimple(holder) => (holder.ToString(), field.Name),
                _ => null,
            };
        }

        /// <summary>
        /// WaitAsync can be modelled only when its task is awaited, waited on or read at once: the model hands back a task
        /// that is already complete, so the code goes on on the same chef. A task kept for later would run differently.
        /// </summary>
        private static bool AwaitedAtOnce(InvocationExpressionSyntax node)
        {
            SyntaxNode current = node;
            while (true)
            {
                var parent = current.Parent;
                while (parent is ParenthesizedExpressionSyntax)
                {
                    (current, parent) = (parent, parent.Parent);
                }

                switch (parent)
                {
                    case AwaitExpressionSyntax:
                        return true;
                    case MemberAccessExpressionSyntax { Name.Identifier.Text: "Result" } ma when ma.Expression == current:
                        return true;
                    case MemberAccessExpressionSyntax { Name.Identifier.Text: "Wait" } ma when ma.Expression == current:
                        return ma.Parent is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 };
                    case MemberAccessExpressionSyntax { Name.Identifier.Text: "ConfigureAwait" or "GetAwaiter" } ma when ma.Expression == current
                        && ma.Parent is InvocationExpressionSyntax call:
                        if (ma.Name.Identifier.Text == "GetAwaiter")
                        {
                            return call.Parent is MemberAccessExpressionSyntax { Name.Identifier.Text: "GetResult", Parent: InvocationExpressionSyntax };
                        }

                        current = call;
                        continue;
                    default:
                        return false;
                }
            }
        }

        /// <summary>The task of a modelled WaitAsync, possibly behind ConfigureAwait or GetAwaiter: already complete under the model.</summary>
        private bool IsModelledWaitAsync(ExpressionSyntax? expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case ParenthesizedExpressionSyntax p:
                        expression = p.Expression;
                        continue;
                    case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "ConfigureAwait" or "GetAwaiter" } ma }:
                        expression = ma.Expression;
                        continue;
                    case InvocationExpressionSyntax call when model.GetSymbolInfo(call).Symbol is IMethodSymbol
                    {
                        Name: "WaitAsync", ContainingType: var type, Parameters: var parameters,
                    } && type.ToDisplayString() == "System.Threading.SemaphoreSlim" && !parameters.Any(IsCancellation):
                        return AwaitedAtOnce(call);
                    default:
                        return false;
                }
            }
        }

        private static bool IsCancellation(IParameterSymbol parameter) => parameter.Type.ToDisplayString() == "System.Threading.CancellationToken";
    }
}
