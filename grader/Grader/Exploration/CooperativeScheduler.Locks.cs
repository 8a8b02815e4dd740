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
    }

    /// <summary>Takes <paramref name="key"/> the way <paramref name="take"/> says, waiting (not runnable) while others hold it.</summary>
    public void Acquire(ActorSlot me, object key, ExplorationSite site, Take take)
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

    /// <summary>Takes <paramref name="key"/> if nobody else holds it; never waits.</summary>
    public bool TryAcquire(ActorSlot me, object key, ExplorationSite site)
    {
        Point(me);
        lock (_sync)
        {
            var resource = Resource(key, site);
            var taken = resource.TryEnter(me.Index);
            Trace?.Step(me.Index, site, taken ? $"takes the lock {resource.Name}" : $"finds {resource.Name} taken and goes on without it");
            return taken;
        }
    }

    /// <summary>Releases what <paramref name="take"/> took, and makes every chef waiting for it runnable again.</summary>
    public void Release(ActorSlot me, object key, ExplorationSite site, Take take)
    {
        ThrowIfAbandoned();
        lock (_sync)
        {
            var resource = Resource(key, site);
            switch (take)
            {
                case Take.Lock or Take.Write:
                    if (!resource.Exit(me.Index))
                    {
                        // The real lock would throw SynchronizationLockException here; so does the model.
                        throw new SynchronizationLockException($"{me.Name} released {resource.Name}, which it does not hold.");
                    }

                    break;
                case Take.Read:
                    resource.ExitRead(me.Index);
                    break;
                case Take.Upgradeable:
                    resource.ExitUpgradeable(me.Index);
                    break;
                case Take.Permit:
                    resource.Permits++;
                    break;
            }

            Trace?.Step(me.Index, site, take == Take.Permit ? $"gives back a permit of {resource.Name}" : $"releases {LockWord(take)}{resource.Name}");
            foreach (var waiter in _slots.Where(s => s.WaitingFor == resource))
            {
                waiter.WaitingFor = null;
            }
        }
    }

    /// <summary>Whether this chef holds the lock, as Monitor.IsEntered and Lock.IsHeldByCurrentThread answer.</summary>
    public bool Holds(ActorSlot me, object key)
    {
        lock (_sync)
        {
            return _resources.TryGetValue(key, out var resource) && resource.Owner == me.Index;
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

    private ModelledResource Resource(object key, ExplorationSite site)
    {
        if (!_resources.TryGetValue(key, out var resource))
        {
            resource = new ModelledResource(site.Target);
            _resources[key] = resource;
        }

        return resource;
    }
}
