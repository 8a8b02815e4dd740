namespace KitchenKatas.Grader.Stress;

/// <summary>How long and how hard to shake a scenario.</summary>
public sealed record StressOptions
{
    /// <summary>Wall-clock time the harness may spend; the number of trials follows from it.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Trials the run goes on for even after the budget is spent, so a machine too busy to give the check its cores
    /// still gets a fair look; never past <see cref="MaxBudgetFactor"/> times the budget.
    /// </summary>
    public long MinTrials { get; init; }

    /// <summary>How far past the budget <see cref="MinTrials"/> may stretch the run, as a multiple of the budget.</summary>
    public double MaxBudgetFactor { get; init; } = 3;

    /// <summary>Seeds the random start skew of the chefs, so two runs shake the same way.</summary>
    public int Seed { get; init; } = 20261125;

    /// <summary>Stop at the first forbidden outcome (fast feedback) instead of spending the whole budget.</summary>
    public bool StopAtFirstForbidden { get; init; } = true;

    /// <summary>A trial still running after this long is reported as hung (endless loop or deadlock).</summary>
    public TimeSpan TrialTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Trials run side by side; <c>null</c> means as many as the cores allow.</summary>
    public int? Lanes { get; init; }

    /// <summary>Largest random delay, in spin iterations, given to a chef after the gate opens.</summary>
    public int MaxStartSkew { get; init; } = 48;

    /// <summary>Pin each chef thread to its own core where the operating system allows it.</summary>
    public bool PinThreads { get; init; } = true;

    /// <summary>
    /// Share of <see cref="Budget"/> and <see cref="MinTrials"/> left once the explorer has run every schedule within its
    /// bound and found nothing (see <c>RaceCheck</c>); 1 keeps them all.
    /// </summary>
    public double AfterCompleteExploration { get; init; } = 1;

    /// <summary>A word on how the code was run ("real cores", "with noise"), shown in reports.</summary>
    public string Mode { get; init; } = "real cores";
}
