namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// The tree of schedules walked without storing states: a schedule is the prefix of choices that leads to it, after
/// which every decision takes the default. Prefixes wait in one queue per number of context switches, so all
/// schedules with k switches run before any with k+1, and within a level the earliest switches come first.
/// </summary>
internal sealed class BoundedSearch
{
    private readonly LinkedList<int[]>[] _levels;
    private readonly int _budget;
    private int _dropped;
    private int _queued;

    public BoundedSearch(int bound, int budget)
    {
        _levels = Enumerable.Range(0, bound + 1).Select(_ => new LinkedList<int[]>()).ToArray();
        _levels[0].AddLast([]);
        _budget = budget;
    }

    public int Explored { get; private set; }

    public int LongestSchedule { get; private set; }

    /// <summary>Every level of the bound was emptied.</summary>
    public bool Complete => Pending == 0;

    /// <summary>Schedules known and not run: queued, or not even queued because the budget could never reach them.</summary>
    public int Pending => _levels.Sum(l => l.Count) + _dropped;

    /// <summary>The highest level all of whose schedules ran.</summary>
    public int CompleteUpTo
    {
        get
        {
            var level = -1;
            while (level + 1 < _levels.Length && _levels[level + 1].Count == 0 && (_dropped == 0 || level + 1 < LowestDropped))
            {
                level++;
            }

            return level;
        }
    }

    private int LowestDropped { get; set; } = int.MaxValue;

    // The budget is full: a schedule with fewer switches takes the place of the last one queued with more.
    private bool MakeRoomFor(int cost)
    {
        for (var level = _levels.Length - 1; level > cost; level--)
        {
            if (_levels[level].Count > 0)
            {
                _levels[level].RemoveLast();
                _queued--;
                Drop(level);
                return true;
            }
        }

        return false;
    }

    // Never run within this budget; counted so the coverage stays honest.
    private void Drop(int level)
    {
        _dropped++;
        LowestDropped = Math.Min(LowestDropped, level);
    }

    /// <summary>The next prefix to run, or null when the bound is covered or the budget spent.</summary>
    public int[]? Next()
    {
        if (Explored >= _budget)
        {
            return null;
        }

        foreach (var level in _levels)
        {
            if (level.First is { } first)
            {
                level.RemoveFirst();
                _queued--;
                Explored++;
                return first.Value;
            }
        }

        return null;
    }

    /// <summary>Queues every schedule that differs from the one just run at one decision past its prefix.</summary>
    public void Expand(int[] prefix, IReadOnlyList<ScheduleDecision> decisions)
    {
        LongestSchedule = Math.Max(LongestSchedule, decisions.Count);
        var switches = 0;
        for (var k = 0; k < prefix.Length && k < decisions.Count; k++)
        {
            switches += decisions[k].IsPreemption ? 1 : 0;
        }

        for (var k = prefix.Length; k < decisions.Count; k++)
        {
            var decision = decisions[k];
            foreach (var chef in decision.Runnable)
            {
                if (chef == decision.Chosen)
                {
                    continue;
                }

                var cost = switches + (decision.Current != -1 && chef != decision.Current ? 1 : 0);
                if (cost >= _levels.Length)
                {
                    continue;
                }

                if (Explored + _queued >= _budget && !MakeRoomFor(cost))
                {
                    Drop(cost);
                    continue;
                }

                var child = new int[k + 1];
                for (var i = 0; i < k; i++)
                {
                    child[i] = decisions[i].Chosen;
                }

                child[k] = chef;
                _levels[cost].AddLast(child);
                _queued++;
            }
        }
    }
}
