namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Follows a script: a prefix of choices (how the explorer walks the tree of schedules) and then the default
/// (keep the running chef), or a sparse list of switches (how a replay token is written down).
/// </summary>
internal sealed class ScriptedChooser : IScheduleChooser
{
    private readonly int[] _prefix;
    private readonly IReadOnlyDictionary<int, int> _switches;

    public ScriptedChooser(int[] prefix) => (_prefix, _switches) = (prefix, new Dictionary<int, int>());

    public ScriptedChooser(IReadOnlyDictionary<int, int> switches) => (_prefix, _switches) = ([], switches);

    public bool Diverged { get; private set; }

    public int Choose(int decision, int[] runnable, int current)
    {
        var wanted = decision < _prefix.Length ? _prefix[decision]
            : _switches.TryGetValue(decision, out var chef) ? chef
            : ScheduleDecision.DefaultOf(runnable, current);
        if (Array.IndexOf(runnable, wanted) >= 0)
        {
            return wanted;
        }

        Diverged = true;
        return ScheduleDecision.DefaultOf(runnable, current);
    }

    public int ChooseOutcome(int decision, int options)
    {
        var wanted = decision < _prefix.Length ? _prefix[decision] : _switches.GetValueOrDefault(decision);
        if (wanted >= 0 && wanted < options)
        {
            return wanted;
        }

        Diverged = true;
        return 0;
    }
}
