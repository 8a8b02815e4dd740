namespace KitchenKatas.Grader.Grading;

/// <summary>What grading a class does besides bookkeeping: build the katas once, then grade one kata of one student.</summary>
/// <param name="PrepareAsync">Builds the shared projects once; true when the students' builds may skip them.</param>
/// <param name="GradeAsync">Grades one kata against one student's folder.</param>
/// <param name="ChecksVersionOf">Which checks a kata is graded with now (see <see cref="ChecksVersion"/>); null for "" (a grade made elsewhere carries "" too).</param>
internal sealed record RosterWork(
    Func<IReadOnlyList<KataInfo>, GradeOptions, CancellationToken, Task<bool>> PrepareAsync,
    Func<KataInfo, string, GradeOptions, CancellationToken, Task<KataGrade>> GradeAsync,
    Func<KataInfo, string>? ChecksVersionOf = null)
{
    /// <summary>The real builds and checks.</summary>
    public static RosterWork Real { get; } = new(ClassRoster.PrepareAsync, (kata, folder, options, token) => KataGrader.GradeAsync(kata, folder, options, token), ChecksVersion.Of);
}
