namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Threads the learner's code starts (<c>new Thread(...)</c>, <c>Start</c>, <c>Join</c>): each becomes a chef of its
/// own, scheduled like the scenario's chefs. A thread started while the kitchen was set up joins when the schedule
/// starts. The schedule is over when the scenario's chefs are done and every thread the code started has finished or
/// sleeps for good (a pool's idle chefs): those are let go by <see cref="Retire"/>, after the final check.
/// </summary>
internal sealed partial class CooperativeScheduler
{
    private readonly int _actors;
    private readonly ManualResetEventSlim _allGone = new(false);
    private volatile bool _retired;

    /// <summary>A chef starts a thread: from now on it is a chef that the scheduler may pick.</summary>
    public void StartThread(ChefSlot me, SpawnedChef chef, ExplorationSite site)
    {
        Point(me);
        lock (_sync)
        {
            if (chef.Slot is not null)
            {
                throw ExplorerFaults.Modelled(new ThreadStateException("Thread is running or terminated; it cannot restart."));
            }

            ChangedLocked(me);
            var slot = Spawn(chef);
            Trace?.Step(me.Index, site, $"starts {slot.Name}");
        }
    }

    /// <summary><c>Join</c>: waits until the thread has finished; false when the time ran out first.</summary>
    public bool Join(ChefSlot me, SpawnedChef chef, ExplorationSite site, Patience patience)
    {
        Point(me);
        ModelledResource end;
        ChefSlot target;
        lock (_sync)
        {
            target = chef.Slot ?? throw ExplorerFaults.Modelled(new ThreadStateException("Thread has not been started."));
            end = EndOf(target);
            if (target.Finished)
            {
                Trace?.Step(me.Index, site, $"joins {target.Name}, which has already finished");
                return true;
            }

            if (TimesOutNow(me, patience))
            {
                Trace?.Step(me.Index, site, $"waits for {target.Name} to finish, and its time runs out first");
                return false;
            }

            SleepOn(me, end, end, patience);
            Trace?.Step(me.Index, site, $"waits for {target.Name} to finish (Join)");
        }

        Block(me);
        lock (_sync)
        {
            var ranOut = RanOut(me, end);
            Trace?.Step(me.Index, site, ranOut ? $"{target.Name} had not finished when its time ran out" : $"goes on: {target.Name} has finished");
            return !ranOut;
        }
    }

    /// <summary>Runs the body of a thread the code started, on that thread, as a chef.</summary>
    public void RunSpawned(ChefSlot slot, Action body) => RunChef(slot, body);

    /// <summary>
    /// Lets go of the threads the code started that still sleep (after the final check read the state they left), and
    /// waits, up to <paramref name="patience"/>, for them to leave.
    /// </summary>
    public void Retire(TimeSpan patience)
    {
        lock (_sync)
        {
            if (_slots.All(s => s.Finished))
            {
                return;
            }

            _retired = true;
            foreach (var slot in _slots.Where(s => !s.Finished))
            {
                slot.Baton.Release();
            }
        }

        _allGone.Wait(patience);
    }

    // A new chef for a thread, after the others; its real thread starts now and waits for its baton.
    private ChefSlot Spawn(SpawnedChef chef)
    {
        var name = chef.Thread.Name is { Length: > 0 } given ? given : $"Thread {_slots.Count - _actors + 1}";
        var slot = new ChefSlot(_slots.Count, name, this) { Spawned = chef };
        _slots.Add(slot);
        Trace?.AddChef(name);
        chef.Slot = slot;
        chef.Thread.IsBackground = true; // a thread stuck outside the model must never keep the process alive
        chef.StartReal();
        return slot;
    }

    // Every scenario chef is done and nobody can run: the threads left sleep for good, which is no deadlock.
    private bool Settled() => _slots.Take(_actors).All(s => s.Finished) && !_slots.Any(s => s.Runnable);

    // Called as a thread finishes: whoever joined it goes on.
    private void Ended(ChefSlot slot)
    {
        if (slot.Spawned is not { } chef)
        {
            return;
        }

        ChangedLocked(slot);
        if (_resources.TryGetValue(chef, out var end))
        {
            Let(end, end.Waiters.ToArray());
            end.IsSet = true;
        }
    }

    private ModelledResource EndOf(ChefSlot target)
    {
        var chef = target.Spawned!;
        if (!_resources.TryGetValue(chef, out var end))
        {
            end = new ModelledResource($"{target.Name} to finish") { IsSignal = true, IsSet = false, IsThreadEnd = true };
            _resources[chef] = end;
        }

        return end;
    }
}
