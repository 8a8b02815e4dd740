using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Grading;

/// <summary>The whole grade: every kata graded in one run. Serialized as the versioned JSON report.</summary>
/// <param name="SchemaVersion">Version of the JSON report's shape; bumped on any breaking change.</param>
/// <param name="GradedAt">When the grade was made.</param>
/// <param name="Score">Points earned over all katas.</param>
/// <param name="MaxScore">Points available over all katas.</param>
/// <param name="Katas">One entry per graded kata.</param>
public sealed record GradeReport(int SchemaVersion, DateTimeOffset GradedAt, int Score, int MaxScore, IReadOnlyList<KataGrade> Katas)
{
    /// <summary>The current version of the report's shape.</summary>
    /// <remarks>2: each check has <c>status</c> (passed, failed, not judged) and <c>notJudged</c>; a passing check's
    /// <c>message</c> holds its evidence.</remarks>
    public const int CurrentSchemaVersion = 2;

    /// <summary>True when every graded kata passed every check.</summary>
    public bool Passed => Katas.All(k => k.Passed);

    /// <summary>
    /// What protected the machine while the learner's code ran: "sandboxed (bubblewrap): ..." or "not sandboxed: ...".
    /// Added in schema version 2 without a bump: readers that do not know it lose nothing.
    /// </summary>
    public string Protection { get; init; } = "";

    /// <summary>Builds a report from kata grades.</summary>
    public static GradeReport From(IReadOnlyList<KataGrade> katas) =>
        new(CurrentSchemaVersion, DateTimeOffset.UtcNow, katas.Sum(k => k.Score), katas.Sum(k => k.MaxScore), katas)
        {
            Protection = Platforms.Platform.Current.Sandbox.Protection,
        };
}

/// <summary>The grade of one kata.</summary>
/// <param name="Id">The kata's id from kata.json.</param>
/// <param name="Title">The kata's title.</param>
/// <param name="Passed">True when every check passed.</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">Points available.</param>
/// <param name="Checks">One entry per check of kata.json, in its order.</param>
/// <param name="Hints">Analyzer hints on the learner's files; they never change the score.</param>
/// <param name="Notes">What the learner should know about how the grade was made (ignored files, a build that failed, a timeout).</param>
/// <param name="DurationMs">Wall-clock time spent grading this kata.</param>
public sealed record KataGrade(
    string Id, string Title, bool Passed, int Score, int MaxScore,
    IReadOnlyList<CheckGrade> Checks, IReadOnlyList<HintInfo> Hints, IReadOnlyList<string> Notes, double DurationMs)
{
    /// <summary>
    /// Which checks made this grade (<see cref="Grading.ChecksVersion.Of"/>): a class graded again regrades a student
    /// whose grade carries another. Added in schema version 2 without a bump: readers that do not know it lose nothing.
    /// </summary>
    public string ChecksVersion { get; init; } = "";

    /// <summary>The repository's commit the checks came from, "+changes" when they differed from it; null where git cannot say.</summary>
    public string? ChecksCommit { get; init; }
}

/// <summary>The grade of one check.</summary>
/// <param name="Name">The NUnit test's full name.</param>
/// <param name="Title">What the check proves.</param>
/// <param name="Passed">True only when the test ran and passed.</param>
/// <param name="Points">Points earned: all or nothing.</param>
/// <param name="MaxPoints">Points the check is worth.</param>
/// <param name="Message">Why it failed, worded for the learner; when it passed, the evidence it gathered (or null).</param>
/// <param name="DurationMs">How long the check ran.</param>
public sealed record CheckGrade(string Name, string Title, bool Passed, int Points, int MaxPoints, string? Message, double DurationMs)
{
    /// <summary>
    /// Why the check could not judge the learner's code on this machine (a swamped machine, a platform without what
    /// it measures), or null when it judged. A check not judged is neither passed nor failed, and earns no points.
    /// </summary>
    public string? NotJudged { get; init; }

    /// <summary>
    /// Whose doing it was that the check did not pass (the learner's code or the grading machine), or null when it passed.
    /// </summary>
    public Fault? Fault { get; init; }

    /// <summary><c>passed</c>, <c>failed</c> or <c>not judged</c>.</summary>
    public string Status => NotJudged is not null ? "not judged" : Passed ? "passed" : "failed";

    /// <summary>Structured data the check handed over (histograms, interleavings, curves); never part of the score.</summary>
    public IReadOnlyList<CheckData> Data { get; init; } = [];
}

/// <summary>An analyzer hint on a learner's file.</summary>
/// <param name="Id">The rule id, e.g. KATA001.</param>
/// <param name="File">The learner's file, relative to the repository root (where a pull request changes it).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Message">The advice.</param>
public sealed record HintInfo(string Id, string File, int Line, string Message);
