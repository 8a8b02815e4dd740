namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// <c>Monitor.Wait</c>, <c>Pulse</c> and <c>PulseAll</c> as .NET has them: Wait lets go of the lock (however many times
/// it was taken) and sleeps until a Pulse picks it, or its time runs out; either way it takes the lock back before it
/// returns. A Pulse with nobody waiting is lost, so a chef that checks with <c>if</c> instead of <c>while</c>, or waits
/// after the Pulse came, is found. Spurious wake-ups, which .NET does not have, are not modelled.
/// </summary>
internal sealed partial class CooperativeScheduler
{
    /// <summary><c>Monitor.Wait(key[, timeout])</c>: true when pulsed, false when the time ran out.</summary>
    public bool MonitorWait(ChefSlot me, object key, ExplorationSite site, Patience patience)
    {
        Point(me);
        ModelledResource resource;
        int depth;
        var waiting = true;
        lock (_sync)
        {
            resource = Resource(key, site);
            depth = resource.ExitAll(me.Index);
            if (depth == 0)
            {
                throw ExplorerFaults.Modelled(new SynchronizationLockException($"{me.Name} called Monitor.Wait on {resource.Name} without holding it."));
            }

            WakeWaitersFor(resource);
            if (TimesOutNow(me, patience))
            {
                Trace?.Step(me.Index, site, $"waits on {resource.Name} (lets go of it), and its time runs out before any Pulse");
                waiting = false;
            }
            else
            {
                SleepOn(me, resource, resource.Pulse, patience);
                Trace?.Step(me.Index, site, $"waits on {resource.Name} for a Pulse (lets go of it)");
            }
        }

        var pulsed = waiting;
        if (waiting)
        {
            Block(me);
            lock (_sync)
            {
                if (RanOut(me, resource))
                {
                    Trace?.Step(me.Index, site, $"no Pulse on {resource.Name} came before its time ran out");
                    pulsed = false;
                }
            }
        }
        else
        {
            Point(me); // the others may take the lock while it is let go
        }

        while (true)
        {
            lock (_sync)
            {
                if (resource.TryEnterAgain(me.Index, depth))
                {
                    Trace?.Step(me.Index, site, $"takes {resource.Name} back");
                    return pulsed;
                }

                me.WaitingFor = resource;
            }

            Block(me);
        }
    }

    /// <summary><c>Monitor.Pulse(key)</c> (or PulseAll): moves the first waiting chef (or all) on to wait for the lock.</summary>
    public void MonitorPulse(ChefSlot me, object key, ExplorationSite site, bool all)
    {
        Point(me);
        lock (_sync)
        {
            var resource = Resource(key, site);
            if (resource.Owner != me.Index)
            {
                throw ExplorerFaults.Modelled(new SynchronizationLockException($"{me.Name} called Monitor.{(all ? "PulseAll" : "Pulse")} on {resource.Name} without holding it."));
            }

            ChangedLocked(me);
            var woken = all ? resource.Waiters.ToArray() : resource.Waiters.Take(1).ToArray();
            foreach (var chef in woken)
            {
                resource.Waiters.Remove(chef);
                (_slots[chef].WaitingFor, _slots[chef].TimedWait) = (resource, false); // pulsed: now it waits for the lock
            }

            var verb = all ? "pulses all on" : "pulses";
            Trace?.Step(me.Index, site, woken.Length == 0
                ? $"{verb} {resource.Name}, but nobody waits: the Pulse is lost"
                : $"{verb} {resource.Name}: wakes {string.Join(" and ", woken.Select(c => _slots[c].Name))}");
        }
    }

    private void WakeWaitersFor(ModelledResource resource)
    {
        foreach (var waiter in _slots.Where(s => s.WaitingFor == resource))
        {
            waiter.WaitingFor = null;
        }
    }
}
