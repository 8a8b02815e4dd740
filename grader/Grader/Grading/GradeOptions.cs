namespace KitchenKatas.Grader.Grading;

/// <summary>How to grade.</summary>
public sealed record GradeOptions
{
    /// <summary>Multiplies every stress budget (passed to the checks as KITCHEN_STRESS_SCALE).</summary>
    public double BudgetScale { get; init; } = 1;

    /// <summary>Replaces every kata's stress seed when set.</summary>
    public int? Seed { get; init; }

    /// <summary>Wall-clock limit for building and running one kata's checks.</summary>
    public TimeSpan KataTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Memory, process and thread limits of one kata's run, build included (Linux); null for none.</summary>
    public Isolation.ResourceLimits? Limits { get; init; } = Isolation.ResourceLimits.ForKataRun(Environment.ProcessorCount);

    /// <summary>
    /// The grader projects the katas reference are built already (by an earlier kata of the same grade): only the
    /// kata's own project is built, which saves a few seconds per kata and lets several builds run at once.
    /// </summary>
    public bool ReferencesBuilt { get; init; }

    /// <summary>
    /// The checks were just built against each kata folder's own learner files (<see cref="Katas.KataPrebuild"/>):
    /// grading a kata folder (no submission) runs them as built.
    /// </summary>
    public bool KataFoldersBuilt { get; init; }

    /// <summary>Students graded at once by <see cref="ClassRoster"/>, each building in a folder of its own.</summary>
    public int StudentsAtOnce { get; init; } = 1;

    /// <summary>With a class: grade only the students of this part of it (<see cref="ClassRoster"/>); null for all.</summary>
    public ClassShard? Shard { get; init; }

    /// <summary>Build folder of its own for this grade (see <see cref="Katas.KataTestRequest.BuildSlot"/>); null for the kata's usual one.</summary>
    public string? BuildSlot { get; init; }

    /// <summary>
    /// Told how far each kata's grading is while it runs (for a progress display; never part of a result); null tells
    /// nothing. Called on one thread at a time for one kata.
    /// </summary>
    public IProgress<KataProgress>? Progress { get; init; }
}
