namespace KitchenKatas.Grader.Mutation;

/// <summary>
/// One concurrency bug planted in a reference solution: which operator planted it, where, what it does, and the
/// learner files as they read with the bug in place.
/// </summary>
/// <param name="OperatorId">The operator that made it, e.g. <c>drop-lock</c>.</param>
/// <param name="File">The learner file that changed, relative to the kata (e.g. <c>Cart.cs</c>).</param>
/// <param name="Line">The 1-based line of the changed site in the unmutated file.</param>
/// <param name="Description">One line saying what changed, e.g. "lock (_gate) in Add removed, its body kept".</param>
/// <param name="MutatedFiles">Every changed learner file (relative name to full source text).</param>
public sealed record RaceMutant(string OperatorId, string File, int Line, string Description, IReadOnlyDictionary<string, string> MutatedFiles)
{
    /// <summary>Where the mutant lives, as <c>file:line</c>.</summary>
    public string Location => $"{File}:{Line}";

    /// <summary>A stable name for logs and filters: operator, location and a number telling sites on one line apart.</summary>
    public string Id => $"{OperatorId}@{Location}";

    /// <inheritdoc />
    public override string ToString() => $"{Location} {OperatorId}: {Description}";
}
