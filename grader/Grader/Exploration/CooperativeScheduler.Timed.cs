namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Timed attempts: <c>Monitor.TryEnter(x, 100)</c>, <c>SemaphoreSlim.Wait(timeout)</c>, <c>SpinLock.TryEnter(timeout, ref
/// taken)</c>, <c>TryEnterWriteLock(timeout)</c>. A free resource is taken. On a held one the chef waits until the holder
/// lets go, and its time runs out only when nobody else can run (a timed waiter never deadlocks). Running out early,
/// while another chef could still have let go, hangs on timing the model does not have: the explorer tries that too,
/// but at most <see cref="ExplorerOptions.EarlyTimeouts"/> times per schedule, so a loop of timed waits adds a few
/// schedules per round instead of doubling them every round.
/// </summary>
internal sealed partial class CooperativeScheduler
{
    private const int WaitsForIt = 0;
    private const int TimesOut = 1;

    /// <summary>Takes <paramref name="key"/> the way <paramref name="take"/> says, waiting as <paramref name="patience"/> allows; true when it got it.</summary>
    public bool TryAcquire(ChefSlot me, object key, ExplorationSite site, Take take, Patience patience)
    {
        if (patience == Patience.Forever)
        {
            Acquire(me, key, site, take);
            return true;
        }

        Point(me);
        lock (_sync)
        {
            var resource = Resource(key, site);
            if (TryTake(resource, me.Index, take, key))
            {
                Trace?.Step(me.Index, site, TakenText(take, resource));
                return true;
            }

            if (patience == Patience.Once)
            {
                Trace?.Step(me.Index, site, $"finds {resource.Name} taken and goes on without it");
                return false;
            }

            if (!_slots.Any(s => s.Index != me.Index && s.Runnable))
            {
                Trace?.Step(me.Index, site, $"waits for {resource.Name}{HeldBy(resource)}; nobody else can go on, so its time runs out: gives up");
                return false;
            }

            if (_earlyTimeoutsLeft > 0 && Branch(2) == TimesOut)
            {
                _earlyTimeoutsLeft--;
                Trace?.Step(me.Index, site, $"waits for {resource.Name}{HeldBy(resource)}, and its time runs out first: gives up");
                return false;
            }

            me.WaitingFor = resource;
            me.TimedWait = true;
            Trace?.Step(me.Index, site, $"waits, for a while, for {resource.Name}{HeldBy(resource)}");
        }

        while (true)
        {
            Block(me);
            lock (_sync)
            {
                var resource = Resource(key, site);
                if (me.TimedOut)
                {
                    (me.TimedOut, me.TimedWait) = (false, false);
                    Trace?.Step(me.Index, site, $"gives up on {resource.Name}: nobody else could go on, so its time ran out");
                    return false;
                }

                if (TryTake(resource, me.Index, take, key))
                {
                    me.TimedWait = false;
                    Trace?.Step(me.Index, site, TakenText(take, resource));
                    return true;
                }

                me.WaitingFor = resource;
            }
        }
    }

    /// <summary>A choice between <paramref name="options"/> outcomes (0 is the default), explored like a choice of chef.</summary>
    private int Branch(int options)
    {
        var choices = Enumerable.Range(0, options).ToArray();
        var chosen = _chooser.ChooseOutcome(_decisions.Count, options);
        _decisions.Add(new ScheduleDecision(choices, -1, chosen));
        return chosen;
    }

    /// <summary>
    /// A pause in a scenario's own code: the chef sleeps until no other chef can move (the kitchen has settled), or, in
    /// a few schedules, earlier (an early timeout, as for any timed wait).
    /// </summary>
    public void Pause(ChefSlot me, ExplorationSite site)
    {
        Point(me);
        var settled = new ModelledResource(site.Target) { IsSignal = true };
        lock (_sync)
        {
            if (TimesOutNow(me, Patience.Timed))
            {
                Trace?.Step(me.Index, site, "pauses for a moment and goes on");
                return;
            }

            SleepOn(me, settled, settled, Patience.Timed);
            Trace?.Step(me.Index, site, "pauses until the other chefs stand still");
        }

        Block(me);
        lock (_sync)
        {
            _ = RanOut(me, settled);
            Trace?.Step(me.Index, site, "goes on: the other chefs stand still");
        }
    }

    /// <summary>When nobody can run, a chef in a timed wait is woken with its time run out; -1 when there is none (a deadlock).</summary>
    private int ExpireTimedWait()
    {
        foreach (var slot in _slots)
        {
            if (!slot.Finished && slot.TimedWait && slot.WaitingFor is not null)
            {
                slot.WaitingFor = null;
                slot.TimedOut = true;
                return slot.Index;
            }
        }

        return -1;
    }

    private string HeldBy(ModelledResource resource)
    {
        var holders = string.Join(" and ", resource.Holders().Select(h => _slots[h].Name));
        return holders.Length > 0 ? $" (held by {holders})" : " (no permit left)";
    }
}
