namespace KitchenKatas.Grader.Exploration;

/// <summary>One place in the learner's source where the instrumenter put a hook, with what a report needs to tell it.</summary>
/// <param name="Id">The number the rewritten code passes to the hooks.</param>
/// <param name="Kind">What happens there.</param>
/// <param name="File">The learner's file name, e.g. <c>Cart.cs</c>.</param>
/// <param name="Line">The 1-based line in the learner's own file.</param>
/// <param name="Member">The member the site is in, e.g. <c>Add</c>.</param>
/// <param name="Target">The learner's expression for what is touched: <c>_total</c>, <c>_items</c>, <c>_gate</c>.</param>
/// <param name="Operation">The method or indexer used (<c>TryGetValue</c>, <c>this[]</c>, <c>Interlocked.Add</c>), empty for fields.</param>
/// <param name="Writes">Whether a collection call changes the collection.</param>
/// <param name="Arguments">The learner's text of each argument, in order.</param>
public sealed record ExplorationSite(
    int Id, SiteKind Kind, string File, int Line, string Member, string Target, string Operation, bool Writes, IReadOnlyList<string> Arguments)
{
    /// <summary>
    /// A step on a field that every piece of code touches only inside the same lock: it gets no scheduling point of its
    /// own, since no other chef can touch the field while this one holds the lock (see <c>SourceInstrumenter</c>).
    /// </summary>
    public bool Guarded { get; init; }

    /// <summary>"Cart.cs:14".</summary>
    public string Location => $"{File}:{Line}";
}
