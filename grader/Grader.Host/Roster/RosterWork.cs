using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Roster;

/// <summary>What grading a class does besides bookkeeping: the batch's builds and grades, and which checks a kata has now.</summary>
/// <param name="Batch">Builds the katas once, then grades one kata of one student.</param>
/// <param name="ChecksVersionOf">Which checks a kata is graded with now (see <see cref="ChecksVersion"/>); null for "" (a grade made elsewhere carries "" too).</param>
internal sealed record RosterWork(BatchWork Batch, Func<KataInfo, string>? ChecksVersionOf = null)
{
    /// <summary>The real builds and checks.</summary>
    public static RosterWork Real { get; } = new(BatchWork.Real, ChecksVersion.Of);
}
