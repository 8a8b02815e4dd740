using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Grading;

/// <summary>What grading a kata is busy with.</summary>
public enum KataStage
{
    /// <summary>Building the checks against the learner files.</summary>
    Building,

    /// <summary>Built, and waiting for the katas before it to be graded.</summary>
    Waiting,

    /// <summary>Running the checks.</summary>
    Checking,

    /// <summary>Running the checks that could not judge beside other work once more, with the machine to themselves.</summary>
    CheckingAgainAlone,

    /// <summary>Graded.</summary>
    Done,
}

/// <summary>
/// How far grading one kata is, for a progress display: the stage, the check that runs (numbered as in kata.json)
/// and its step. Worded from the grader's own kata.json; what the checks said only picks among those words.
/// </summary>
/// <param name="KataId">The kata's id.</param>
/// <param name="KataTitle">The kata's title.</param>
/// <param name="Stage">What grading is busy with.</param>
/// <param name="CheckCount">How many checks the kata has.</param>
public sealed record KataProgress(string KataId, string KataTitle, KataStage Stage, int CheckCount)
{
    /// <summary>Checks that ended so far (passed or not: the results say which).</summary>
    public int ChecksDone { get; init; }

    /// <summary>The number of the check that runs now, from 1; 0 before the first starts.</summary>
    public int Check { get; init; }

    /// <summary>The title of the check that runs now, from kata.json.</summary>
    public string? CheckTitle { get; init; }

    /// <summary>The step the running check is at.</summary>
    public CheckStep Step { get; init; }

    /// <summary>The round under way, from 1, when the step counts rounds.</summary>
    public int? Round { get; init; }

    /// <summary>Rounds the step has, when it counts them.</summary>
    public int? Of { get; init; }
}
