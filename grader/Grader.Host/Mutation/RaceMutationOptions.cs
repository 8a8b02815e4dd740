namespace KitchenKatas.Grader.Mutation;

/// <summary>How a race-mutation run goes.</summary>
public sealed record RaceMutationOptions
{
    /// <summary>Multiplies every stress budget of the checks (as <c>KITCHEN_STRESS_SCALE</c> does).</summary>
    public double BudgetScale { get; init; } = 1;

    /// <summary>Only these operators (ids); all when null.</summary>
    public IReadOnlyCollection<string>? Operators { get; init; }

    /// <summary>
    /// Run the kata's race scenarios in memory first, when it has any (<c>Checks/*Scenarios.cs</c>): no build, no
    /// test host, and most mutants die there. Checks that are not scenarios still run with <c>dotnet test</c>.
    /// </summary>
    public bool InProcess { get; init; } = true;

    /// <summary>
    /// In memory, after the explorer, also shake each scenario on real cores and with noise, as the checks do. Off, only
    /// the explorer runs in memory: deterministic for a given <see cref="Explorer"/> bound, and quick.
    /// </summary>
    public bool StressInProcess { get; init; } = true;

    /// <summary>How far the explorer searches in memory; null takes the kata checks' own budget (<see cref="Katas.ExplorerBudget"/>).</summary>
    public Exploration.ExplorerOptions? Explorer { get; init; }

    /// <summary>
    /// When the in-memory scenarios kill nothing, also run the kata's other checks with <c>dotnet test</c>. Off, a mutant
    /// no scenario kills is reported as surviving the scenarios (for quick runs, such as the test suite's).
    /// </summary>
    public bool ChildProcessFallback { get; init; } = true;

    /// <summary>Wall-clock limit of one build of a mutant (a busy 2-core machine needs minutes for the first one).</summary>
    public TimeSpan BuildTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Wall-clock limit of one <c>dotnet test</c> run of some of a mutant's checks; a run that exceeds it kills the mutant (a hang).</summary>
    public TimeSpan CheckTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Called with a line of progress (a mutant starts, a mutant's verdict).</summary>
    public Action<string>? Progress { get; init; }
}
