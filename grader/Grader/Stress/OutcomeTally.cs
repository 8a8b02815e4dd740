namespace KitchenKatas.Grader.Stress;

/// <summary>Counts outcomes for one lane without locks; lanes are merged when the run ends.</summary>
internal sealed class OutcomeTally<TOutcome>
    where TOutcome : notnull
{
    private readonly Dictionary<TOutcome, (long Count, OutcomeRule<TOutcome> Rule)> _values = [];
    private readonly Dictionary<(string Who, string Type), long> _exceptions = [];

    public long Trials { get; private set; }

    public Exception? FirstException { get; private set; }

    public string? FirstThrower { get; private set; }

    public OutcomeGrade Add<TState>(TrialEnd<TOutcome> end, StressScenario<TState, TOutcome> scenario)
        where TState : class
    {
        Trials++;
        if (end.Exception is { } e)
        {
            FirstException ??= e;
            FirstThrower ??= end.Thrower;
            var key = (end.Thrower!, e.GetType().Name);
            _exceptions[key] = _exceptions.GetValueOrDefault(key) + 1;
            return OutcomeGrade.Forbidden;
        }

        var value = end.Value!;
        if (_values.TryGetValue(value, out var seen))
        {
            _values[value] = (seen.Count + 1, seen.Rule);
            return seen.Rule.Grade;
        }

        var rule = scenario.Classify(value);
        _values[value] = (1, rule);
        return rule.Grade;
    }

    public void MergeInto(Dictionary<string, (long Count, OutcomeGrade Grade, string Meaning, OutcomeKind Kind)> rows, Func<TOutcome, string> describe)
    {
        foreach (var (value, (count, rule)) in _values)
        {
            var key = describe(value);
            var row = rows.GetValueOrDefault(key, (0, rule.Grade, rule.Meaning, OutcomeKind.Value));
            rows[key] = (row.Item1 + count, rule.Grade, rule.Meaning, OutcomeKind.Value);
        }

        foreach (var ((who, type), count) in _exceptions)
        {
            var key = $"{who} threw {type}";
            var meaning = who == "setup"
                ? "The kitchen could not even be set up: the constructor threw."
                : $"{who} crashed while another chef used the same kitchen: its state was not safe to share.";
            var row = rows.GetValueOrDefault(key, (0, OutcomeGrade.Forbidden, meaning, OutcomeKind.Exception));
            rows[key] = (row.Item1 + count, OutcomeGrade.Forbidden, meaning, OutcomeKind.Exception);
        }
    }
}
