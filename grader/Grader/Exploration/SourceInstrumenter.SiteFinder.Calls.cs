using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Exploration;

public static partial class SourceInstrumenter
{
    private enum Collection
    {
        None,
        NotThreadSafe,
        Concurrent,
    }

    private sealed partial class SiteFinder
    {
        private static readonly HashSet<string> NotThreadSafe = new(StringComparer.Ordinal)
        {
            "Dictionary", "List", "HashSet", "Queue", "Stack", "SortedDictionary", "SortedList", "SortedSet", "LinkedList", "PriorityQueue",
        };

        /// <summary>A collection of System.Collections.Generic that two chefs must not use at once.</summary>
        public static bool IsNotThreadSafeCollection(INamedTypeSymbol type) => NotThreadSafe.Contains(type.Name);

        // Calls that change a collection that is not thread-safe. Anything else counts as a read: an overlap is reported
        // only when one side surely writes, so a call this list forgets can hide a race but never invent one.
        private static readonly HashSet<string> Writes = new(StringComparer.Ordinal)
        {
            "Add", "AddRange", "Insert", "InsertRange", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "RemoveWhere", "Clear", "TryAdd",
            "Enqueue", "EnqueueRange", "Dequeue", "TryDequeue", "EnqueueDequeue", "DequeueEnqueue", "Push", "PushRange", "Pop", "TryPop",
            "Sort", "Reverse", "TrimExcess", "EnsureCapacity", "UnionWith", "IntersectWith", "ExceptWith", "SymmetricExceptWith",
            "AddFirst", "AddLast", "AddBefore", "AddAfter", "RemoveFirst", "RemoveLast", "Set",
        };

        // Types whose calls start threads, wait on something the scheduler does not own, or leave the chef's thread.
        private static readonly HashSet<string> Unschedulable = new(StringComparer.Ordinal)
        {
            "System.Threading.Tasks.Task", "System.Threading.Tasks.Task<TResult>", "System.Threading.Tasks.TaskFactory", "System.Threading.Tasks.Parallel",
            "System.Threading.Tasks.ValueTask", "System.Threading.Tasks.ValueTask<TResult>", "System.Threading.ThreadPool", "System.Threading.Timer",
            "System.Threading.EventWaitHandle", "System.Threading.WaitHandle", "System.Threading.Mutex", "System.Threading.Semaphore",
            "System.Threading.CancellationTokenSource", "System.Threading.ReaderWriterLock",
            "System.Collections.Concurrent.BlockingCollection<T>", // its Take blocks the real thread, outside the model
        };

        public override void VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            if (node.Expression is IdentifierNameSyntax { Identifier.Text: "nameof" } && model.GetSymbolInfo(node).Symbol is null)
            {
                return; // nameof(_field) names the field; it reads nothing
            }

            base.VisitInvocationExpression(node);
            if (model.GetSymbolInfo(node).Symbol is not IMethodSymbol method)
            {
                return;
            }

            var type = method.ContainingType.OriginalDefinition.ToDisplayString();
            var receiver = node.Expression is MemberAccessExpressionSyntax ma ? ma.Expression : null;
            if (type == SpinLockType)
            {
                SpinLockCall(node, method);
                return;
            }

            if (type == "System.Diagnostics.Debug" && DebugAssert(node, method))
            {
                return;
            }

            if (Primitive(type, method, node) is { } hook)
            {
                if (hook.Length > 0)
                {
                    var target = receiver is not null && !method.IsStatic ? receiver.ToString() : node.ArgumentList.Arguments.FirstOrDefault()?.Expression.ToString() ?? "";
                    var kind = hook.EndsWith("Exit", StringComparison.Ordinal) || hook == "SemaphoreRelease" ? SiteKind.LockExit : SiteKind.LockEnter;
                    Add(new Mark(MarkKind.Primitive, node, Site(node, kind, target, method.Name)) { Hook = hook, IsStaticCall = method.IsStatic });
                }

                return;
            }

            if ((Unschedulable.Contains(type) && !IsModelledWaitAsync(receiver)) || (type == "System.Threading.SpinWait" && method.Name == "SpinUntil"))
            {
                Unmodelled.Add($"{method.ContainingType.Name}.{method.Name} ({At(node)})");
                return;
            }

            if (_unshared > 0)
            {
                return;
            }

            var isVoidStatement = method.ReturnsVoid
                && node.Parent is ExpressionStatementSyntax or ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax or AccessorDeclarationSyntax };
            if (method.ReturnsVoid && !isVoidStatement)
            {
                return;
            }

            if (type is "System.Threading.Interlocked" or "System.Threading.Volatile")
            {
                var first = node.ArgumentList.Arguments.FirstOrDefault()?.Expression.ToString() ?? "";
                AddCall(node, SiteKind.AtomicCall, first, $"{method.ContainingType.Name}.{method.Name}", false, node.ArgumentList.Arguments, isVoidStatement, isStatic: true,
                    isGuarded: IsGuarded(node.ArgumentList.Arguments.FirstOrDefault()?.Expression));
                return;
            }

            if (receiver is null || !IsSimple(receiver))
            {
                return;
            }

            var collection = CollectionOf(model.GetTypeInfo(receiver).Type);
            if (collection != Collection.None)
            {
                var writes = collection == Collection.NotThreadSafe && method.ReducedFrom is null && Writes.Contains(method.Name);
                AddCall(node, Kind(collection), receiver.ToString(), method.Name, writes, node.ArgumentList.Arguments, isVoidStatement, isGuarded: IsGuarded(receiver));
            }
        }

        public override void VisitElementAccessExpression(ElementAccessExpressionSyntax node)
        {
            base.VisitElementAccessExpression(node);
            var collection = _unshared > 0 || !IsSimple(node.Expression) ? Collection.None : CollectionOf(model.GetTypeInfo(node.Expression).Type);
            if (collection == Collection.None)
            {
                return;
            }

            var (marked, operation) = node.Parent switch
            {
                AssignmentExpressionSyntax a when a.Left == node => (a, a.IsKind(SyntaxKind.SimpleAssignmentExpression) ? "[]=" : "[]op"),
                PrefixUnaryExpressionSyntax u when u.Operand == node && !u.IsKind(SyntaxKind.AddressOfExpression) => (u, "[]op"),
                PostfixUnaryExpressionSyntax u when u.Operand == node => (u, "[]op"),
                ArgumentSyntax { RefKindKeyword.RawKind: not 0 } or RefExpressionSyntax => ((ExpressionSyntax?)null, ""),
                _ => (node, "[]"),
            };
            if (marked is not null)
            {
                AddCall(marked, Kind(collection), node.Expression.ToString(), operation, operation != "[]" && collection == Collection.NotThreadSafe, node.ArgumentList.Arguments, false,
                    isGuarded: IsGuarded(node.Expression));
            }
        }

        public override void VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
        {
            base.VisitMemberAccessExpression(node);
            if (model.GetSymbolInfo(node).Symbol is IPropertySymbol held && held.Name.StartsWith("IsHeld", StringComparison.Ordinal))
            {
                HeldProperty(node, held);
                return;
            }

            if (model.GetSymbolInfo(node).Symbol is IPropertySymbol state && EventProperty(state) is { } stateHook)
            {
                Add(new Mark(MarkKind.Held, node, Site(node, SiteKind.LockEnter, node.Expression.ToString(), state.Name)) { Hook = stateHook });
                return;
            }

            if (_unshared > 0 || model.GetSymbolInfo(node).Symbol is not IPropertySymbol || !IsSimple(node.Expression)
                || (node.Parent is AssignmentExpressionSyntax assignment && assignment.Left == node))
            {
                return;
            }

            var collection = CollectionOf(model.GetTypeInfo(node.Expression).Type);
            if (collection != Collection.None)
            {
                AddCall(node, Kind(collection), node.Expression.ToString(), "." + node.Name.Identifier.Text, false, [], false, isGuarded: IsGuarded(node.Expression));
            }
        }

        public override void VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
        {
            base.VisitObjectCreationExpression(node);
            Created(node, node.ArgumentList);
        }

        public override void VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
        {
            base.VisitImplicitObjectCreationExpression(node);
            Created(node, node.ArgumentList);
        }

        private void Created(ExpressionSyntax node, ArgumentListSyntax? arguments)
        {
            var type = (model.GetSymbolInfo(node).Symbol as IMethodSymbol)?.ContainingType.OriginalDefinition.ToDisplayString() ?? "";
            if (type == "System.Threading.Thread" && arguments?.Arguments.Count > 0)
            {
                // Each thread the code starts becomes a chef of its own: its body is wrapped where the thread is made.
                Add(new Mark(MarkKind.NewThread, node, Site(node, SiteKind.LockEnter, "new Thread", "new")));
                return;
            }

            if (Unschedulable.Contains(type) || type == "System.Threading.Thread" || (type == "System.Threading.Barrier" && arguments?.Arguments.Count > 1))
            {
                Unmodelled.Add($"new {type[(type.LastIndexOf('.') + 1)..]} ({At(node)})");
                return;
            }

            if (_unshared > 0 || arguments is null)
            {
                return;
            }

            // new Dictionary<K, V>(_items) reads every entry of _items: a call on _items.
            for (var i = 0; i < arguments.Arguments.Count; i++)
            {
                var argument = arguments.Arguments[i].Expression;
                var collection = IsSimple(argument) ? CollectionOf(model.GetTypeInfo(argument).Type) : Collection.None;
                if (collection != Collection.None)
                {
                    Add(new Mark(MarkKind.Call, node, Site(node, Kind(collection), argument.ToString(), "new", isGuarded: IsGuarded(argument))) { InstanceArgument = i });
                    return;
                }
            }
        }

        private void AddCall(ExpressionSyntax node, SiteKind kind, string target, string operation, bool writes, SeparatedSyntaxList<ArgumentSyntax> arguments, bool isVoid, bool isStatic = false, bool isGuarded = false)
        {
            var site = Site(node, kind, target.StartsWith("ref ", StringComparison.Ordinal) ? target[4..] : target, operation, writes, arguments.Select(a => a.ToString()).ToArray(), isGuarded);
            Add(new Mark(MarkKind.Call, node, site) { Capture = arguments.Select(Capturable).ToArray(), IsVoid = isVoid, IsStaticCall = isStatic });
        }

        private static SiteKind Kind(Collection collection) => collection == Collection.NotThreadSafe ? SiteKind.CollectionCall : SiteKind.AtomicCall;

        private static Collection CollectionOf(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named)
            {
                return Collection.None;
            }

            var ns = named.ContainingNamespace?.ToDisplayString();
            return ns == "System.Collections.Generic" && NotThreadSafe.Contains(named.Name) ? Collection.NotThreadSafe
                : ns == "System.Collections.Concurrent" ? Collection.Concurrent
                : Collection.None;
        }

        /// <summary>The hook for a property of an event whose value the model keeps: IsSet, CountdownEvent.CurrentCount.</summary>
        private static string? EventProperty(IPropertySymbol property) =>
            (property.ContainingType.ToDisplayString(), property.Name) switch
            {
                ("System.Threading.ManualResetEventSlim" or "System.Threading.CountdownEvent", "IsSet") => "EventIsSet",
                ("System.Threading.CountdownEvent", "CurrentCount") => "CountdownCount",
                _ => null,
            };

        /// <summary>A ManualResetEvent or AutoResetEvent (the events the explorer models), not another wait handle.</summary>
        private bool IsModelledEvent(InvocationExpressionSyntax node) =>
            node.Expression is MemberAccessExpressionSyntax { Expression: var receiver }
            && model.GetTypeInfo(receiver).Type?.ToDisplayString() is "System.Threading.ManualResetEvent" or "System.Threading.AutoResetEvent";

        /// <summary>
        /// Debug.Assert and Debug.Fail in a Debug build (the DEBUG symbol defined, as the learner's own build does): a failed
        /// assert fails the schedule. Without DEBUG the compiler drops them, and so does the explorer.
        /// </summary>
        private bool DebugAssert(InvocationExpressionSyntax node, IMethodSymbol method)
        {
            if (method.Name is not ("Assert" or "Fail") || !model.SyntaxTree.Options.PreprocessorSymbolNames.Contains("DEBUG")
                || method.Parameters.Length > (method.Name == "Assert" ? 3 : 2) || node.ArgumentList.Arguments.Any(a => a.NameColon is not null))
            {
                return false;
            }

            var target = node.ArgumentList.Arguments.FirstOrDefault()?.Expression.ToString() ?? "";
            Add(new Mark(MarkKind.Primitive, node, Site(node, SiteKind.Assert, target, method.Name)) { Hook = "Debug" + method.Name, IsStaticCall = true });
            return true;
        }

        /// <summary>The hook that replaces a lock-like call; "" for calls that need nothing (Dispose); null when not one.</summary>
        private string? Primitive(string type, IMethodSymbol method, InvocationExpressionSyntax node)
        {
            return (type, method.Name) switch
            {
                ("System.Threading.Monitor", "Enter") => "LockEnter",
                ("System.Threading.Monitor", "Exit") => "LockExit",
                ("System.Threading.Monitor", "TryEnter") => Timed("LockTryEnter"),
                ("System.Threading.Monitor", "IsEntered") => "LockHeld",
                ("System.Threading.Monitor", "Wait") => Timed("MonitorWait"),
                ("System.Threading.Monitor", "Pulse") => "MonitorPulse",
                ("System.Threading.Monitor", "PulseAll") => "MonitorPulseAll",
                ("System.Threading.Monitor", _) => Unsupported(),
                ("System.Threading.Lock", "Enter") => "LockEnter",
                ("System.Threading.Lock", "Exit") => "LockExit",
                ("System.Threading.Lock", "TryEnter") => Timed("LockTryEnter"),
                ("System.Threading.Lock", "EnterScope") => "LockScope",
                ("System.Threading.Lock", _) => Unsupported(),
                ("System.Threading.Lock.Scope", "Dispose") => "",
                ("System.Threading.ReaderWriterLockSlim", "EnterReadLock") => "ReadLockEnter",
                ("System.Threading.ReaderWriterLockSlim", "ExitReadLock") => "ReadLockExit",
                ("System.Threading.ReaderWriterLockSlim", "EnterWriteLock") => "WriteLockEnter",
                ("System.Threading.ReaderWriterLockSlim", "ExitWriteLock") => "WriteLockExit",
                ("System.Threading.ReaderWriterLockSlim", "EnterUpgradeableReadLock") => "UpgradeableLockEnter",
                ("System.Threading.ReaderWriterLockSlim", "ExitUpgradeableReadLock") => "UpgradeableLockExit",
                ("System.Threading.ReaderWriterLockSlim", "TryEnterReadLock") => Timed("ReadLockTryEnter"),
                ("System.Threading.ReaderWriterLockSlim", "TryEnterWriteLock") => Timed("WriteLockTryEnter"),
                ("System.Threading.ReaderWriterLockSlim", "TryEnterUpgradeableReadLock") => Timed("UpgradeableLockTryEnter"),
                ("System.Threading.ReaderWriterLockSlim", "Dispose") => "",
                ("System.Threading.ReaderWriterLockSlim", _) => Unsupported(),
                ("System.Threading.SemaphoreSlim", "Wait") => Timed("SemaphoreWait"),
                ("System.Threading.SemaphoreSlim", "WaitAsync") when AwaitedAtOnce(node) => Timed("SemaphoreWaitAsync"),
                ("System.Threading.SemaphoreSlim", "WaitAsync") => Unsupported(" whose task is kept instead of awaited at once"),
                ("System.Threading.SemaphoreSlim", "Release") => "SemaphoreRelease",
                ("System.Threading.SemaphoreSlim", "Dispose") => "",
                ("System.Threading.SemaphoreSlim", _) => Unsupported(),
                ("System.Threading.ManualResetEventSlim", "Set") => "EventSet",
                ("System.Threading.ManualResetEventSlim", "Reset") => "EventReset",
                ("System.Threading.ManualResetEventSlim", "Wait") => Timed("EventWait"),
                ("System.Threading.ManualResetEventSlim", "Dispose") => "",
                ("System.Threading.ManualResetEventSlim", _) => Unsupported(),
                ("System.Threading.EventWaitHandle", "Set") when IsModelledEvent(node) => "EventSet",
                ("System.Threading.EventWaitHandle", "Reset") when IsModelledEvent(node) => "EventReset",
                ("System.Threading.WaitHandle", "WaitOne") when IsModelledEvent(node) => Timed("EventWait"),
                ("System.Threading.WaitHandle", "Dispose" or "Close") when IsModelledEvent(node) => "",
                ("System.Threading.CountdownEvent", "Signal") => "CountdownSignal",
                ("System.Threading.CountdownEvent", "AddCount") => "CountdownAddCount",
                ("System.Threading.CountdownEvent", "Wait") => Timed("EventWait"),
                ("System.Threading.CountdownEvent", "Dispose") => "",
                ("System.Threading.CountdownEvent", _) => Unsupported(),
                ("System.Threading.Barrier", "SignalAndWait") when method.Parameters.Length == 0 => "BarrierSignalAndWait",
                ("System.Threading.Barrier", "Dispose") => "",
                ("System.Threading.Barrier", _) => Unsupported(),
                ("System.Threading.Thread", "Start" or "UnsafeStart") => "ThreadStart",
                ("System.Threading.Thread", "Join") => Timed("ThreadJoin"),
                _ => null,
            };

            string Unsupported(string why = "")
            {
                Unmodelled.Add($"{method.ContainingType.Name}.{method.Name}{why} ({At(node)})");
                return "";
            }

            // Timeouts (int or TimeSpan) and ref lockTaken pass through to the hook; a CancellationToken cannot be modelled.
            string Timed(string name) => method.Parameters.Any(IsCancellation) ? Unsupported(" with a CancellationToken") : name;
        }
    }
}
