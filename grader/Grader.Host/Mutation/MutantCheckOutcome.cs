namespace KitchenKatas.Grader.Mutation;

/// <summary>What a mutant's checks did to it, on either path.</summary>
/// <param name="KilledBy">The check that failed (or hung, or was never reported), or null when all that ran passed.</param>
/// <param name="ChecksRun">The checks that ran, in order.</param>
/// <param name="Detail">The failure's first line, or the compiler's first error.</param>
/// <param name="Stillborn">The mutant does not compile.</param>
public sealed record MutantCheckOutcome(string? KilledBy, IReadOnlyList<string> ChecksRun, string? Detail, bool Stillborn);
