namespace KitchenKatas.Grader.Stress;

/// <summary>Collects the outcome table of a scenario; finish with <see cref="Otherwise(string)"/>.</summary>
/// <typeparam name="TState">The state of one trial.</typeparam>
/// <typeparam name="TOutcome">What the arbiter reads.</typeparam>
public sealed class OutcomeTableBuilder<TState, TOutcome>
    where TState : class
    where TOutcome : notnull
{
    private readonly List<OutcomeRule<TOutcome>> _rules = [];
    private readonly Func<TState> _createState;
    private readonly string _title;
    private readonly IReadOnlyList<(string Name, Action<TState> Act)> _actors;
    private readonly Func<TState, TOutcome> _arbiter;
    private readonly string _member;
    private readonly string _file;
    private string _expectation = "";
    private Func<TOutcome, string> _describe = o => o.ToString() ?? "";

    internal OutcomeTableBuilder(
        Func<TState> createState, string title, IReadOnlyList<(string, Action<TState>)> chefs,
        Func<TState, TOutcome> arbiter, string member, string file)
    {
        _createState = createState;
        _title = title;
        _actors = chefs;
        _arbiter = arbiter;
        _member = member;
        _file = file;
    }

    /// <summary>States what a correct kitchen always does ("2 tomatoes in the cart").</summary>
    public OutcomeTableBuilder<TState, TOutcome> Expect(string expectation)
    {
        _expectation = expectation;
        return this;
    }

    /// <summary>Sets how an outcome is printed in the histogram.</summary>
    public OutcomeTableBuilder<TState, TOutcome> DescribeAs(Func<TOutcome, string> describe)
    {
        _describe = describe ?? throw new ArgumentNullException(nameof(describe));
        return this;
    }

    /// <summary>Outcomes equal to <paramref name="outcome"/> are fine.</summary>
    public OutcomeTableBuilder<TState, TOutcome> Accept(TOutcome outcome, string meaning) => Add(Is(outcome), OutcomeGrade.Acceptable, meaning);

    /// <summary>Outcomes that satisfy <paramref name="matches"/> are fine.</summary>
    public OutcomeTableBuilder<TState, TOutcome> Accept(Func<TOutcome, bool> matches, string meaning) => Add(matches, OutcomeGrade.Acceptable, meaning);

    /// <summary>Outcomes equal to <paramref name="outcome"/> are legal but worth showing.</summary>
    public OutcomeTableBuilder<TState, TOutcome> Interesting(TOutcome outcome, string meaning) => Add(Is(outcome), OutcomeGrade.Interesting, meaning);

    /// <summary>Outcomes that satisfy <paramref name="matches"/> are legal but worth showing.</summary>
    public OutcomeTableBuilder<TState, TOutcome> Interesting(Func<TOutcome, bool> matches, string meaning) => Add(matches, OutcomeGrade.Interesting, meaning);

    /// <summary>Outcomes equal to <paramref name="outcome"/> prove a race.</summary>
    public OutcomeTableBuilder<TState, TOutcome> Forbid(TOutcome outcome, string meaning) => Add(Is(outcome), OutcomeGrade.Forbidden, meaning);

    /// <summary>Outcomes that satisfy <paramref name="matches"/> prove a race.</summary>
    public OutcomeTableBuilder<TState, TOutcome> Forbid(Func<TOutcome, bool> matches, string meaning) => Add(matches, OutcomeGrade.Forbidden, meaning);

    /// <summary>Finishes the table with a catch-all that forbids anything not listed.</summary>
    public StressScenario<TState, TOutcome> Otherwise(string meaning) => Otherwise(OutcomeGrade.Forbidden, meaning);

    /// <summary>Finishes the table with a catch-all of the given grade.</summary>
    public StressScenario<TState, TOutcome> Otherwise(OutcomeGrade grade, string meaning)
    {
        if (string.IsNullOrWhiteSpace(_expectation))
        {
            throw new InvalidOperationException($"Scenario '{_title}' needs an expectation: call Expect(...) before Otherwise(...).");
        }

        return new StressScenario<TState, TOutcome>(
            _title, _expectation, _createState, _actors, _arbiter, _rules.ToArray(),
            new OutcomeRule<TOutcome>(_ => true, grade, meaning), _describe, _member, _file);
    }

    private static Func<TOutcome, bool> Is(TOutcome expected) => o => EqualityComparer<TOutcome>.Default.Equals(o, expected);

    private OutcomeTableBuilder<TState, TOutcome> Add(Func<TOutcome, bool> matches, OutcomeGrade grade, string meaning)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentException.ThrowIfNullOrWhiteSpace(meaning);
        _rules.Add(new OutcomeRule<TOutcome>(matches, grade, meaning));
        return this;
    }
}
