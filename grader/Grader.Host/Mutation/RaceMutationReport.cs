using System.Globalization;

namespace KitchenKatas.Grader.Mutation;

/// <summary>The race mutants of one kata's reference solution and what became of each.</summary>
/// <param name="KataId">The kata id, e.g. <c>racy-cart</c>.</param>
/// <param name="Title">The kata's title.</param>
/// <param name="Mutants">Every mutant's result, in the order they were made.</param>
/// <param name="Duration">Wall-clock time of the whole run.</param>
/// <param name="Notes">What else the reader should know (stale equivalent entries, paths skipped).</param>
public sealed record RaceMutationReport(string KataId, string Title, IReadOnlyList<MutantResult> Mutants, TimeSpan Duration, IReadOnlyList<string> Notes)
{
    /// <summary>Entries of the equivalent list that match no mutant any more (the solution changed): they must be fixed.</summary>
    public IReadOnlyList<EquivalentMutant> StaleEquivalents { get; init; } = [];

    /// <summary>Why the run stopped before it ran the mutants (the reference solution does not build), or null.</summary>
    public string? Error { get; init; }

    /// <summary>Mutants a check killed.</summary>
    public int Killed => Count(MutantVerdict.Killed);

    /// <summary>Mutants every check let through.</summary>
    public int Survived => Count(MutantVerdict.Survived);

    /// <summary>Mutants that did not compile.</summary>
    public int Stillborn => Count(MutantVerdict.Stillborn);

    /// <summary>Mutants listed as equivalent.</summary>
    public int Equivalent => Count(MutantVerdict.Equivalent);

    /// <summary>The mutants that survived.</summary>
    public IEnumerable<MutantResult> Survivors => Mutants.Where(m => m.Verdict == MutantVerdict.Survived);

    /// <summary>Killed as a percentage of killed plus survived (stillborn and equivalent mutants do not count); null when no mutant counts.</summary>
    public double? Score => Killed + Survived == 0 ? null : 100.0 * Killed / (Killed + Survived);

    /// <summary>True when the mutants ran, every one that counts was killed, and the equivalent list has no stale entry.</summary>
    public bool Passed => Error is null && Survived == 0 && StaleEquivalents.Count == 0;

    /// <summary>One line: the score and the counts, e.g. "racy-cart: 100.0 % (22 of 22 killed, 1 stillborn, 0 equivalent) in 41 s".</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{KataId}: {(Score is { } s ? $"{s:0.0} %" : "no mutant counts")} ({Killed} of {Killed + Survived} killed, {Stillborn} stillborn, {Equivalent} equivalent) in {Duration.TotalSeconds:0} s");

    private int Count(MutantVerdict verdict) => Mutants.Count(m => m.Verdict == verdict);
}
