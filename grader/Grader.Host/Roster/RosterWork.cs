using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Roster;

/// <summary>What grading a class does besides bookkeeping: build the katas once, then grade one kata of one student.</summary>
/// <param name="PrepareAsync">Builds the katas once; what the students' builds may then skip.</param>
/// <param name="GradeAsync">Grades one kata against one student's folder, after the builds of a plan.</param>
/// <param name="ChecksVersionOf">Which checks a kata is graded with now (see <see cref="ChecksVersion"/>); null for "" (a grade made elsewhere carries "" too).</param>
internal sealed record RosterWork(
    Func<IReadOnlyList<KataInfo>, GradeOptions, CancellationToken, Task<KataBuildPlan>> PrepareAsync,
    Func<KataInfo, string, GradeOptions, KataBuildPlan, CancellationToken, Task<KataGrade>> GradeAsync,
    Func<KataInfo, string>? ChecksVersionOf = null)
{
    /// <summary>The real builds and checks.</summary>
    public static RosterWork Real { get; } = new(
        KataBuildPlan.PrepareAsync, (kata, folder, options, plan, token) => KataGrader.GradeAsync(kata, folder, options, plan, null, token), ChecksVersion.Of);
}
