namespace KitchenKatas.Grader.Analyzers.Shared;

/// <summary>What one place in the code does with a field.</summary>
internal enum FieldUse
{
    /// <summary>Only looks: a plain read, a query such as <c>TryGetValue</c> or <c>Count</c>.</summary>
    Read,

    /// <summary>Stores a value, or changes a collection (<c>Add</c>, <c>Remove</c>, an indexer set).</summary>
    Write,

    /// <summary>Reads and writes back in one expression: <c>++</c>, <c>+=</c>, <c>x = x + …</c>, <c>d[k]++</c>.</summary>
    ReadModifyWrite,

    /// <summary>Goes through <c>Interlocked</c> or <c>Volatile</c>: atomic on its own.</summary>
    Atomic,
}
