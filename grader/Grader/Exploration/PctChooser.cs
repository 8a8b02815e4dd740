namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Probabilistic concurrency testing (Burckhardt et al., 2010): every chef gets a random priority, the highest
/// runnable one runs, and at d−1 random steps the running chef drops to the lowest priority. A bug of depth d is
/// found with probability at least 1/(n·k^(d−1)) per schedule, for n chefs and k steps.
/// </summary>
internal sealed class PctChooser : IScheduleChooser
{
    private readonly List<int> _priority;
    private readonly HashSet<int> _changePoints;
    private readonly Random _random;
    private readonly int _depth;
    private int _lowest;

    public PctChooser(int chefs, int depth, int expectedDecisions, Random random)
    {
        _priority = [.. Enumerable.Range(0, chefs).OrderBy(_ => random.Next())];
        for (var i = 0; i < _priority.Count; i++)
        {
            _priority[i] += depth; // room below for the chefs demoted at change points
        }

        _changePoints = Enumerable.Range(0, Math.Max(0, depth - 1)).Select(_ => random.Next(Math.Max(1, expectedDecisions))).ToHashSet();
        _lowest = depth;
        _depth = depth;
        _random = random;
    }

    public bool Diverged => false;

    public int Choose(int decision, int[] runnable, int current)
    {
        // A thread the learner's code started is a chef too: it gets its random priority when it first can run.
        while (_priority.Count <= Math.Max(runnable.Max(), current))
        {
            _priority.Add(_depth + _random.Next(_priority.Count + 1));
        }

        if (_changePoints.Contains(decision) && current != -1)
        {
            _priority[current] = --_lowest;
        }

        var best = runnable[0];
        foreach (var chef in runnable)
        {
            if (_priority[chef] > _priority[best])
            {
                best = chef;
            }
        }

        return best;
    }

    // An outcome (say, a timed wait that runs out early) is a coin toss, not a chef: it has no priority.
    public int ChooseOutcome(int decision, int options) => _random.Next(options);
}
