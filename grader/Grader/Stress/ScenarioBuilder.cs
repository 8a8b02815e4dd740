namespace KitchenKatas.Grader.Stress;

/// <summary>Collects the chefs of a scenario; finish with <see cref="Arbiter{TOutcome}"/>.</summary>
/// <typeparam name="TState">The state of one trial.</typeparam>
public sealed class ScenarioBuilder<TState>
    where TState : class
{
    private readonly List<(string Name, Action<TState> Act)> _actors = [];
    private readonly Func<TState> _createState;
    private readonly string _title;
    private readonly string _member;
    private readonly string _file;

    internal ScenarioBuilder(Func<TState> createState, string title, string member, string file)
    {
        _createState = createState;
        _title = title;
        _member = member;
        _file = file;
    }

    /// <summary>Adds a chef: one thread of its own, released together with the others.</summary>
    public ScenarioBuilder<TState> Chef(string name, Action<TState> act)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(act);
        _actors.Add((name, act));
        return this;
    }

    /// <summary>Sets how the final state is read, once every chef of a trial has finished.</summary>
    public OutcomeTableBuilder<TState, TOutcome> Arbiter<TOutcome>(Func<TState, TOutcome> arbiter)
        where TOutcome : notnull
    {
        ArgumentNullException.ThrowIfNull(arbiter);
        if (_actors.Count < 1)
        {
            throw new InvalidOperationException("A scenario needs at least one chef before its arbiter.");
        }

        return new OutcomeTableBuilder<TState, TOutcome>(_createState, _title, _actors.ToArray(), arbiter, _member, _file);
    }
}
