namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Events a chef waits on until another sets them: <c>ManualResetEvent(Slim)</c> (Set wakes every waiter and stays
/// set), <c>AutoResetEvent</c> (Set lets exactly one chef through), <c>CountdownEvent</c> (set when its count reaches
/// zero) and <c>Barrier.SignalAndWait</c> (everyone goes on when the last one arrives). A set that nobody waits for
/// is remembered by a manual event and by an auto event (once), as in .NET.
/// </summary>
internal sealed partial class CooperativeScheduler
{
    /// <summary>How an event lets chefs through.</summary>
    public enum EventKind
    {
        /// <summary>Stays set until reset: every waiter goes on.</summary>
        Manual,

        /// <summary>Lets one waiter through and resets itself.</summary>
        Auto,
    }

    /// <summary>Waits for the event <paramref name="key"/>: true when it was (or became) set, false when the time ran out.</summary>
    public bool EventWait(ChefSlot me, object key, ExplorationSite site, EventKind kind, bool initiallySet, Patience patience)
    {
        Point(me);
        ModelledResource resource;
        lock (_sync)
        {
            resource = Event(key, site, initiallySet);
            if (resource.IsSet == true)
            {
                resource.IsSet = kind == EventKind.Manual;
                Trace?.Step(me.Index, site, $"finds {resource.Name} set and goes on" + (kind == EventKind.Auto ? " (it resets itself)" : ""));
                return true;
            }

            if (TimesOutNow(me, patience))
            {
                Trace?.Step(me.Index, site, $"waits for {resource.Name}, and its time runs out before anyone sets it");
                return false;
            }

            SleepOn(me, resource, resource, patience);
            Trace?.Step(me.Index, site, $"waits for {resource.Name} to be set");
        }

        Block(me);
        lock (_sync)
        {
            var ranOut = RanOut(me, resource);
            Trace?.Step(me.Index, site, ranOut ? $"nobody set {resource.Name} before its time ran out" : $"wakes: {resource.Name} was set");
            return !ranOut;
        }
    }

    /// <summary>Sets the event: a manual one wakes every waiter and stays set; an auto one wakes one waiter, or stays set for the next.</summary>
    public void EventSet(ChefSlot me, object key, ExplorationSite site, EventKind kind, bool initiallySet)
    {
        Point(me);
        lock (_sync)
        {
            var resource = Event(key, site, initiallySet);
            ChangedLocked(me);
            var woken = kind == EventKind.Manual ? resource.Waiters.ToArray() : resource.Waiters.Take(1).ToArray();
            Let(resource, woken);
            resource.IsSet = kind == EventKind.Manual || woken.Length == 0;
            Trace?.Step(me.Index, site, woken.Length == 0
                ? $"sets {resource.Name} (nobody waits yet)"
                : $"sets {resource.Name}: wakes {string.Join(" and ", woken.Select(c => _slots[c].Name))}");
        }
    }

    /// <summary>Resets the event.</summary>
    public void EventReset(ChefSlot me, object key, ExplorationSite site, bool initiallySet)
    {
        Point(me);
        lock (_sync)
        {
            var resource = Event(key, site, initiallySet);
            ChangedLocked(me);
            resource.IsSet = false;
            Trace?.Step(me.Index, site, $"resets {resource.Name}");
        }
    }

    /// <summary>Whether the event is set, as the model has it (ManualResetEventSlim.IsSet, CountdownEvent.IsSet).</summary>
    public bool EventIsSet(ChefSlot me, object key, ExplorationSite site, bool initiallySet)
    {
        Point(me);
        lock (_sync)
        {
            var resource = Event(key, site, initiallySet);
            Trace?.Step(me.Index, site, $"reads {resource.Name}.IsSet = {(resource.IsSet == true ? "true" : "false")}");
            return resource.IsSet == true;
        }
    }

    /// <summary>
    /// <c>CountdownEvent.Signal(count)</c> (negative <paramref name="count"/>: AddCount): the event is set when the count
    /// reaches zero. Returns true when this signal set it.
    /// </summary>
    public bool CountdownSignal(ChefSlot me, object key, ExplorationSite site, int count, int initialCount)
    {
        Point(me);
        lock (_sync)
        {
            var resource = Event(key, site, initialCount == 0);
            resource.Permits ??= initialCount;
            if (count > 0 && resource.Permits < count)
            {
                throw ExplorerFaults.Modelled(new InvalidOperationException($"{me.Name} signalled {resource.Name} more times than its count ({resource.Permits} left)."));
            }

            if (count < 0 && resource.Permits == 0)
            {
                throw ExplorerFaults.Modelled(new InvalidOperationException($"{me.Name} added to {resource.Name}, which is already set."));
            }

            ChangedLocked(me);
            resource.Permits -= count;
            var reached = resource.Permits == 0;
            if (reached)
            {
                Let(resource, resource.Waiters.ToArray());
                resource.IsSet = true;
            }

            Trace?.Step(me.Index, site, count < 0 ? $"adds {-count} to {resource.Name} ({resource.Permits} left)"
                : reached ? $"signals {resource.Name}: the count reaches 0, everyone waiting goes on" : $"signals {resource.Name} ({resource.Permits} left)");
            return reached;
        }
    }

    /// <summary>The count left on a CountdownEvent.</summary>
    public int CountdownCount(ChefSlot me, object key, ExplorationSite site, int initialCount)
    {
        Point(me);
        lock (_sync)
        {
            var resource = Event(key, site, initialCount == 0);
            return resource.Permits ??= initialCount;
        }
    }

    /// <summary><c>Barrier.SignalAndWait()</c>: waits until every participant has arrived; the last one lets them all go.</summary>
    public void BarrierSignalAndWait(ChefSlot me, object key, ExplorationSite site, int participants)
    {
        Point(me);
        ModelledResource resource;
        lock (_sync)
        {
            resource = Event(key, site, false);
            resource.Permits ??= participants;
            resource.Permits--;
            if (resource.Permits == 0)
            {
                var woken = resource.Waiters.ToArray();
                Let(resource, woken);
                resource.Permits = participants; // the next phase
                Trace?.Step(me.Index, site, woken.Length == 0 ? $"arrives at {resource.Name}, the last one" : $"arrives at {resource.Name}, the last one: {string.Join(" and ", woken.Select(c => _slots[c].Name))} go on");
                return;
            }

            resource.Waiters.Add(me.Index);
            me.WaitingFor = resource;
            Trace?.Step(me.Index, site, $"arrives at {resource.Name} and waits for the others ({resource.Permits} still to come)");
        }

        Block(me);
    }

    /// <summary>
    /// Whether a wait with <paramref name="patience"/> ends at once with its time run out: a look without waiting, a timed
    /// wait that nobody else could end, or one of the few early timeouts the explorer tries (see <see cref="ExplorerOptions.EarlyTimeouts"/>).
    /// </summary>
    private bool TimesOutNow(ChefSlot me, Patience patience)
    {
        if (patience != Patience.Timed)
        {
            return patience == Patience.Once;
        }

        if (!_slots.Any(s => s.Index != me.Index && s.Runnable))
        {
            return true;
        }

        if (_earlyTimeoutsLeft > 0 && Branch(2) == TimesOut)
        {
            _earlyTimeoutsLeft--;
            return true;
        }

        return false;
    }

    // Under _sync: the chef sleeps among the waiters of `among` until `waitsFor` lets it go (or its time runs out).
    private static void SleepOn(ChefSlot me, ModelledResource among, ModelledResource waitsFor, Patience patience)
    {
        among.Waiters.Add(me.Index);
        me.WaitingFor = waitsFor;
        me.TimedWait = patience == Patience.Timed;
    }

    // Under _sync, after Block: whether the chef's time ran out (it then leaves the waiters of `among`) rather than being woken.
    private static bool RanOut(ChefSlot me, ModelledResource among)
    {
        var ranOut = me.TimedOut;
        (me.TimedOut, me.TimedWait) = (false, false);
        if (ranOut)
        {
            among.Waiters.Remove(me.Index);
        }

        return ranOut;
    }

    private void Let(ModelledResource resource, int[] chefs)
    {
        foreach (var chef in chefs)
        {
            resource.Waiters.Remove(chef);
            (_slots[chef].WaitingFor, _slots[chef].TimedWait) = (null, false);
        }
    }

    private ModelledResource Event(object key, ExplorationSite site, bool initiallySet)
    {
        var resource = Resource(key, site, signal: true);
        resource.IsSet ??= initiallySet;
        return resource;
    }
}
