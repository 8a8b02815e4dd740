namespace KitchenKatas.Grader.Mutation;

/// <summary>What became of a mutant.</summary>
public enum MutantVerdict
{
    /// <summary>A check failed against it (or its checks hung or crashed): the checks see this bug.</summary>
    Killed,

    /// <summary>Every check passed against it: a bug the checks miss.</summary>
    Survived,

    /// <summary>It does not compile, so it proves nothing and does not count.</summary>
    Stillborn,

    /// <summary>Listed as equivalent (no behaviour changed); not run, and left out of the score.</summary>
    Equivalent,
}

/// <summary>One mutant's fate.</summary>
/// <param name="Mutant">The mutant.</param>
/// <param name="Verdict">Killed, survived, stillborn or equivalent.</param>
/// <param name="KilledBy">The full name of the check that killed it, when killed.</param>
/// <param name="Detail">Why: the check's first line of failure, the compiler's first error, or the equivalence reason.</param>
/// <param name="Duration">Time spent on this mutant (build and checks).</param>
public sealed record MutantResult(RaceMutant Mutant, MutantVerdict Verdict, string? KilledBy, string? Detail, TimeSpan Duration)
{
    /// <summary>How the verdict was reached: <c>in-process</c> (the kata's race scenarios run in memory) or <c>dotnet test</c>.</summary>
    public string Path { get; init; } = "dotnet test";

    /// <summary>The checks that ran against the mutant, in order, before the verdict.</summary>
    public IReadOnlyList<string> ChecksRun { get; init; } = [];
}
