namespace KitchenKatas.Grader.Mutation;

/// <summary>
/// The order to try a kata's checks against the next mutant: the checks that killed most mutants of the same operator
/// first, then those that killed most mutants of any kind, then the manifest's order. Most mutants then die at the
/// first check tried.
/// </summary>
public sealed class CheckOrder
{
    private readonly IReadOnlyList<string> _checks;
    private readonly Dictionary<(string Operator, string Check), int> _byOperator = new();
    private readonly Dictionary<string, int> _overall = new(StringComparer.Ordinal);

    /// <summary>Starts with the checks (full test names) in the manifest's order.</summary>
    public CheckOrder(IEnumerable<string> checks) => _checks = checks.ToArray();

    /// <summary>The checks, best killers of <paramref name="operatorId"/>'s mutants first.</summary>
    public IReadOnlyList<string> For(string operatorId) =>
        _checks
            .Select((check, index) => (check, index))
            .OrderByDescending(c => _byOperator.GetValueOrDefault((operatorId, c.check)))
            .ThenByDescending(c => _overall.GetValueOrDefault(c.check))
            .ThenBy(c => c.index)
            .Select(c => c.check)
            .ToArray();

    /// <summary>Remembers that <paramref name="check"/> killed a mutant of <paramref name="operatorId"/>.</summary>
    public void Killed(string operatorId, string check)
    {
        _byOperator[(operatorId, check)] = _byOperator.GetValueOrDefault((operatorId, check)) + 1;
        _overall[check] = _overall.GetValueOrDefault(check) + 1;
    }
}
