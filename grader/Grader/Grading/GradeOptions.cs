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
}
