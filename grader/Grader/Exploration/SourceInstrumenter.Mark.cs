using Microsoft.CodeAnalysis;

namespace KitchenKatas.Grader.Exploration;

public static partial class SourceInstrumenter
{
    private enum MarkKind
    {
        Read,
        Write,
        Update,
        Call,
        Primitive,
        Lock,
        Foreach,
        Synchronized,
        Entry,
        Held,
        Spin,
        NewThread,
    }

    /// <summary>Whose field it is: <c>this</c>, the receiver written before the dot, or nobody (static, or a struct).</summary>
    private enum Owner
    {
        None,
        This,
        Receiver,
    }

    /// <summary>What the semantic pass decided about one node, for the syntactic steps to carry out.</summary>
    private sealed record Mark(MarkKind Kind, SyntaxNode Node, ExplorationSite Site)
    {
        /// <summary>The second site: the write of an update, the exit of a lock.</summary>
        public ExplorationSite? Second { get; init; }

        public Owner Owner { get; init; }

        /// <summary>The field's type, for the cast that keeps <c>x += n</c> and <c>x++</c> typed as before.</summary>
        public string? FieldType { get; init; }

        /// <summary>Per argument: safe to evaluate again after the call, to show its value.</summary>
        public IReadOnlyList<bool> Capture { get; init; } = [];

        /// <summary>The call returns nothing, so its hooks go in statements around it.</summary>
        public bool IsVoid { get; init; }

        /// <summary>The hook that replaces a Monitor, Lock, ReaderWriterLockSlim or SemaphoreSlim call.</summary>
        public string? Hook { get; init; }

        /// <summary>A static call (Monitor, Interlocked, Volatile): nothing before the dot is an instance.</summary>
        public bool IsStaticCall { get; init; }

        /// <summary>For a collection copied by a constructor: which argument is the collection.</summary>
        public int InstanceArgument { get; init; } = -1;

        /// <summary>Parameters a member entry logs.</summary>
        public IReadOnlyList<string> Parameters { get; init; } = [];

        /// <summary>For a synchronized method: the lock it takes, <c>this</c> or <c>typeof(T)</c>; for a SpinLock, the object holding it.</summary>
        public string? LockExpression { get; init; }

        /// <summary>For a SpinLock: the name of the field it lives in.</summary>
        public string? SpinField { get; init; }
    }
}
