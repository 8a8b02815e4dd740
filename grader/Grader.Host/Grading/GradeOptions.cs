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

    /// <summary>Students graded at once by the class roster, each building in a folder of its own.</summary>
    public int StudentsAtOnce { get; init; } = 1;

    /// <summary>With a class: grade only the students of this part of it (the class roster); null for all.</summary>
    public ClassShard? Shard { get; init; }

    /// <summary>
    /// Told how far each kata's grading is while it runs (for a progress display; never part of a result); null tells
    /// nothing. Called on one thread at a time for one kata.
    /// </summary>
    public IProgress<KataProgress>? Progress { get; init; }
}
