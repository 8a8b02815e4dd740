namespace KitchenKatas.Grader.Katas;

/// <summary>
/// The steps a running check can say it is at (<see cref="CheckProgress"/>). A closed list on purpose: the progress
/// file can be written by the learner's code too, so it carries only these names and numbers, and the grader shows
/// its own words for them (<see cref="CheckSteps.Words"/>), never text from the file.
/// </summary>
public enum CheckStep
{
    /// <summary>The check started.</summary>
    Started,

    /// <summary>The race explorer tries schedules one chef at a time.</summary>
    Exploring,

    /// <summary>The unmodified code is shaken on every core.</summary>
    OnRealCores,

    /// <summary>The code is shaken again with pauses slipped between its statements.</summary>
    WithNoise,

    /// <summary>Something is measured in rounds (a kitchen of the sweet-spot sweep, say): see the count.</summary>
    Measuring,

    /// <summary>The check ended (how, only the test results say).</summary>
    Finished,
}

/// <summary>The grader's words for each <see cref="CheckStep"/>.</summary>
public static class CheckSteps
{
    /// <summary>What a learner reads while a check is at <paramref name="step"/>.</summary>
    public static string Words(CheckStep step) => step switch
    {
        CheckStep.Exploring => "trying schedules one chef at a time",
        CheckStep.OnRealCores => "shaking your code on every core",
        CheckStep.WithNoise => "shaking it again with pauses between your statements",
        CheckStep.Measuring => "measuring",
        CheckStep.Finished => "done",
        _ => "starting",
    };
}
