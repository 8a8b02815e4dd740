namespace KitchenKatas.Grader.Stress;

/// <summary>
/// A jcstress-style concurrency check: a fresh state per trial, chefs that run on their own threads at
/// the same moment, an arbiter that reads the final state into an outcome, and a table that grades outcomes.
/// Build one with <see cref="Scenario.For{TState}(Func{TState}, string, string, string)"/>.
/// </summary>
/// <typeparam name="TState">The shared kitchen the chefs work on; a new one per trial.</typeparam>
/// <typeparam name="TOutcome">What the arbiter reads; compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
public sealed class StressScenario<TState, TOutcome> : IStressScenario
    where TState : class
    where TOutcome : notnull
{
    internal StressScenario(
        string title,
        string expectation,
        Func<TState> createState,
        IReadOnlyList<(string Name, Action<TState> Act)> chefs,
        Func<TState, TOutcome> arbiter,
        IReadOnlyList<OutcomeRule<TOutcome>> rules,
        OutcomeRule<TOutcome> otherwise,
        Func<TOutcome, string> describe,
        string declaringMember,
        string declaringFile)
    {
        Title = title;
        Expectation = expectation;
        CreateState = createState;
        Chefs = chefs;
        Arbiter = arbiter;
        Rules = rules;
        Otherwise = otherwise;
        Describe = describe;
        DeclaringMember = declaringMember;
        DeclaringFile = declaringFile;
    }

    /// <inheritdoc />
    public string Title { get; }

    /// <inheritdoc />
    public string Expectation { get; }

    /// <inheritdoc />
    public string DeclaringMember { get; }

    /// <inheritdoc />
    public string DeclaringFile { get; }

    /// <summary>Makes the fresh state of one trial.</summary>
    public Func<TState> CreateState { get; }

    /// <summary>The chefs, in thread order.</summary>
    public IReadOnlyList<(string Name, Action<TState> Act)> Chefs { get; }

    /// <summary>Reads the final state of a trial into its outcome, after every chef has finished.</summary>
    public Func<TState, TOutcome> Arbiter { get; }

    /// <summary>The outcome table, first match wins.</summary>
    public IReadOnlyList<OutcomeRule<TOutcome>> Rules { get; }

    /// <summary>The catch-all rule for outcomes no other rule matches.</summary>
    public OutcomeRule<TOutcome> Otherwise { get; }

    /// <summary>Turns an outcome into the text shown in the histogram.</summary>
    public Func<TOutcome, string> Describe { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> ChefNames => Chefs.Select(a => a.Name).ToArray();

    /// <summary>The rule that grades <paramref name="outcome"/>.</summary>
    public OutcomeRule<TOutcome> Classify(TOutcome outcome)
    {
        foreach (var rule in Rules)
        {
            if (rule.Matches(outcome))
            {
                return rule;
            }
        }

        return Otherwise;
    }

    /// <inheritdoc />
    public StressResult Run(StressOptions options) => StressRunner.Run(this, options);

    /// <inheritdoc />
    public TResult Accept<TResult>(IScenarioVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }
}
