using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Analyzers.Shared;

/// <summary>What the rules know about .NET's synchronization and collection types.</summary>
internal static class Synchronization
{
    // Calls that take a lock by hand: a member that makes one is trusted as a whole (no false alarms).
    private static readonly HashSet<string> LockTakingMethods = new(StringComparer.Ordinal)
    {
        "System.Threading.Monitor.Enter", "System.Threading.Monitor.TryEnter",
        "System.Threading.Lock.Enter", "System.Threading.Lock.TryEnter", "System.Threading.Lock.EnterScope",
        "System.Threading.SemaphoreSlim.Wait", "System.Threading.SemaphoreSlim.WaitAsync",
        "System.Threading.WaitHandle.WaitOne", "System.Threading.SpinLock.Enter", "System.Threading.SpinLock.TryEnter",
        "System.Threading.ReaderWriterLockSlim.EnterReadLock", "System.Threading.ReaderWriterLockSlim.EnterWriteLock",
        "System.Threading.ReaderWriterLockSlim.EnterUpgradeableReadLock", "System.Threading.ReaderWriterLockSlim.TryEnterReadLock",
        "System.Threading.ReaderWriterLockSlim.TryEnterWriteLock",
    };

    private static readonly HashSet<string> CollectionChanges = new(StringComparer.Ordinal)
    {
        "Add", "AddRange", "Insert", "InsertRange", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "Clear",
        "Enqueue", "Dequeue", "TryDequeue", "Push", "Pop", "TryPop", "TryAdd", "TryRemove", "TryUpdate", "AddOrUpdate",
        "GetOrAdd", "Sort", "Reverse", "AddFirst", "AddLast", "RemoveFirst", "RemoveLast", "UnionWith", "ExceptWith",
        "IntersectWith", "SymmetricExceptWith", "TryTake", "Take",
    };

    private static readonly HashSet<string> Lookups = new(StringComparer.Ordinal)
    {
        "TryGetValue", "ContainsKey", "Contains", "GetValueOrDefault", "TryPeek", "Peek",
    };

    /// <summary>
    /// True when the member (or the one <paramref name="accessor"/> of it in use) is <c>[MethodImpl(Synchronized)]</c>
    /// or takes a lock by hand.
    /// </summary>
    public static bool IsSynchronizedByHand(MemberDeclarationSyntax member, AccessorDeclarationSyntax? accessor, SemanticModel model)
    {
        var attributes = member.AttributeLists.Concat(accessor?.AttributeLists ?? default).SelectMany(l => l.Attributes);
        foreach (var attribute in attributes)
        {
            if (attribute.Name.ToString().EndsWith("MethodImpl", StringComparison.Ordinal)
                && attribute.ArgumentList?.ToString().Contains("Synchronized") == true)
            {
                return true;
            }
        }

        return member.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(call =>
            model.GetSymbolInfo(call).Symbol is IMethodSymbol method && LockTakingMethods.Contains(FullName(method)));
    }

    /// <summary><c>Namespace.Type.Method</c>, without type arguments.</summary>
    public static string FullName(IMethodSymbol method) =>
        method.ContainingType.ContainingNamespace.ToDisplayString() + "." + method.ContainingType.Name + "." + method.Name;

    public static bool IsIn(ITypeSymbol? type, string containingNamespace) =>
        type?.ContainingNamespace?.ToDisplayString() == containingNamespace;

    /// <summary>A collection from System.Collections.Generic: fine for one chef, broken by two writers.</summary>
    public static bool IsPlainCollection(ITypeSymbol? type) =>
        IsIn(type, "System.Collections.Generic") || IsIn(type, "System.Collections");

    /// <summary>A collection from System.Collections.Concurrent: each call is atomic, a pair of calls is not.</summary>
    public static bool IsConcurrentCollection(ITypeSymbol? type) => IsIn(type, "System.Collections.Concurrent");

    public static bool IsDictionary(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Dictionary" or "ConcurrentDictionary" or "SortedDictionary" or "SortedList" }
        && (IsPlainCollection(type) || IsConcurrentCollection(type));

    public static bool IsCollectionChange(IMethodSymbol method) =>
        CollectionChanges.Contains(method.Name)
        && (IsPlainCollection(method.ContainingType) || IsConcurrentCollection(method.ContainingType));

    public static bool IsLookup(IMethodSymbol method) => Lookups.Contains(method.Name);

    /// <summary>Types whose own members are safe for many chefs, so a field of that type needs no lock to be used.</summary>
    public static bool IsThreadSafe(ITypeSymbol type) =>
        IsConcurrentCollection(type)
        || IsIn(type, "System.Threading") // locks, events, semaphores, Thread, CancellationTokenSource…
        || IsIn(type, "System.Threading.Tasks")
        || IsIn(type, "System.Threading.Channels")
        || type.SpecialType == SpecialType.System_Object;

    public static bool IsInterlockedOrVolatile(IMethodSymbol method) =>
        method.ContainingType is { Name: "Interlocked" or "Volatile" } t && IsIn(t, "System.Threading");

    public static bool IsInterlocked(IMethodSymbol method) =>
        method.ContainingType is { Name: "Interlocked" } t && IsIn(t, "System.Threading");
}
