namespace KitchenKatas.Grader.Exploration;

/// <summary>The modelled blocking primitives: who may take a lock now, who must wait, and waking the waiters.</summary>
internal sealed partial class CooperativeScheduler
{
    /// <summary>How a chef tries to take a resource; true when it got it.</summary>
    public enum Take
    {
        Lock,
        Read,
        Write,
        Upgradeable,
        Permit,

        /// <summary>A SpinLock: like a lock, but a chef that holds it cannot take it again (it would spin for ever).</summary>
        Spin,
    }

    /// <summary>Takes <paramref name="key"/> the way <paramref name="take"/> says, waiting (not runnable) while others hold it.</summary>
    public void Acquire(ChefSlot me, object key, ExplorationSite site, Take take)
    {
        Point(me);
        var waited = false;
        while (true)
        {
            lock (_sync)
            {
                var resource = Resource(key, site);
                if (TryTake(resource, me.Index, take, key))
                {
                    Trace?.Step(me.Index, site, TakenText(take, resource));
                    return;
                }

                me.WaitingFor = resource;
                if (!waited)
                {
                    var holders = string.Join(" and ", resource.Holders().Select(h => _slots[h].Name));
                    Trace?.Step(me.Index, site, $"waits for {resource.Name}" + (holders.Length > 0 ? $" (held by {holders})" : " (no permit left)"));
                    waited = true;
                }
            }

            Block(me);
        }
    }

    /// <summary>Takes the lock <paramref name="key"/> if nobody else holds it; never waits.</summary>
    public bool TryAcquire(ChefSlot me, object key, ExplorationSite site) => TryAcquire(me, key, site, Take.Lock, Patience.Once);

    /// <summary>Releases what <paramref name="take"/> took, and makes every chef waiting for it runnable again.</summary>
    /// <returns>For a semaphore, the free permits before the release (what SemaphoreSlim.Release returns); otherwise 0.</returns>
    public int Release(ChefSlot me, object key, ExplorationSite site, Take take, int permits = 1)
    {
        var before = 0;
        ThrowIfAbandoned();
        lock (_sync)
        {
            var resource = Resource(key, site);
            switch (take)
            {
                case Take.Lock or Take.Write or Take.Spin:
                    if (!resource.Exit(me.Index))
                    {
                        // The real lock would throw SynchronizationLockException here; so does the model.
                        throw ExplorerFaults.Modelled(new SynchronizationLockException($"{me.Name} released {resource.Name}, which it does not hold."));
                    }

                    break;
                case Take.Read:
                    resource.ExitRead(me.Index);
                    break;
                case Take.Upgradeable:
                    resource.ExitUpgradeable(me.Index);
                    break;
                case Take.Permit:
                    resource.Permits ??= (key as SemaphoreSlim)?.CurrentCount ?? 0;
                    before = resource.Permits.Value;
                    resource.Permits += permits;
                    break;
            }

            ChangedLocked(me);
            Trace?.Step(me.Index, site, take == Take.Permit ? $"gives back {(permits == 1 ? "a permit" : $"{permits} permits")} of {resource.Name}" : $"releases {LockWord(take)}{resource.Name}");
            foreach (var waiter in _slots.Where(s => s.WaitingFor == resource))
            {
                waiter.WaitingFor = null;
            }
        }

        return before;
    }

    /// <summary>Whether this chef holds the lock, as Monitor.IsEntered and Lock.IsHeldByCurrentThread answer.</summary>
    public bool Holds(ChefSlot me, object key)
    {
        lock (_sync)
        {
            return _resources.TryGetValue(key, out var resource) && resource.Owner == me.Index;
        }
    }

    /// <summary>Whether any chef holds the lock <paramref name="key"/> (SpinLock.IsHeld).</summary>
    public bool IsHeld(object key)
    {
        lock (_sync)
        {
            return _resources.TryGetValue(key, out var resource) && resource.Holders().Any();
        }
    }

    private static bool TryTake(ModelledResource resource, int chef, Take take, object key)
    {
        switch (take)
        {
            case Take.Read:
                return resource.TryEnterRead(chef);
            case Take.Write:
                return resource.TryEnterWrite(chef);
            case Take.Upgradeable:
                return resource.TryEnterUpgradeable(chef);
            case Take.Permit:
                resource.Permits ??= (key as SemaphoreSlim)?.CurrentCount ?? 1;
                if (resource.Permits <= 0)
                {
                    return false;
                }

                resource.Permits--;
                return true;
            case Take.Spin:
                return resource.Owner != chef && resource.TryEnter(chef);
            default:
                return resource.TryEnter(chef);
        }
    }

    private static string TakenText(Take take, ModelledResource resource) =>
        take == Take.Permit ? $"takes a permit of {resource.Name} ({resource.Permits} left)" : $"takes {LockWord(take)}{resource.Name}";

    private static string LockWord(Take take) => take switch
    {
        Take.Read => "the read lock ",
        Take.Write => "the write lock ",
        Take.Upgradeable => "the upgradeable lock ",
        _ => "the lock ",
    };

    private ModelledResource Resource(object key, ExplorationSite site, bool signal = false)
    {
        if (!_resources.TryGetValue(key, out var resource))
        {
            // `lock (new object())` makes a new lock every time: say so, or two chefs "taking the lock new object()"
            // read like two chefs taking the same lock.
            var made = site.Target.StartsWith("new ", StringComparison.Ordinal)
                ? $"{site.Target}, a new lock made just now (#{_resources.Values.Count(r => r.Name.StartsWith(site.Target + ",", StringComparison.Ordinal)) + 1}, no other chef can ever wait for it)"
                : site.Target;
            resource = new ModelledResource(made) { IsSignal = signal };
            _resources[key] = resource;
        }

        return resource;
    }
}
