namespace KitchenKatas.Grader.Exploration;

/// <summary>Decides who runs next at each decision: a prefix to follow, a replay token, or random priorities (PCT).</summary>
internal interface IScheduleChooser
{
    /// <summary>Picks one of <paramref name="runnable"/> at the <paramref name="decision"/>-th decision of the schedule.</summary>
    int Choose(int decision, int[] runnable, int current);

    /// <summary>
    /// Picks one of <paramref name="options"/> outcomes of a step (0 is the default), e.g. whether a timed wait runs out
    /// early. Never a chef's index: an outcome is not a chef, and a chooser must not look one up by it.
    /// </summary>
    int ChooseOutcome(int decision, int options);

    /// <summary>Set when the chooser was told to pick a chef that could not run: the code is not the one the schedule was made for.</summary>
    bool Diverged { get; }
}
