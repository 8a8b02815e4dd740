namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Field accesses and calls. A call on a collection that is not thread-safe is an interval, from a point at its
/// entry to a point at its exit: a second chef entering a call on the same instance inside that interval, where one
/// of the two calls writes, has used the collection at the same time as the first.
/// </summary>
internal sealed partial class CooperativeScheduler
{
    private readonly Dictionary<object, List<(int Chef, ExplorationSite Site)>> _inside = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, Stack<(ExplorationSite Site, object? Instance)>> _calls = [];

    /// <summary>The first time two chefs were inside calls on the same collection, one of them writing.</summary>
    public string? Overlap { get; private set; }

    public void Entered(ChefSlot me, ExplorationSite site, object?[] arguments) => Trace?.Entry(me.Index, site, arguments);

    public void FieldRead(ChefSlot me, ExplorationSite site, object? owner, object? value) => Trace?.FieldRead(me.Index, site, owner, value);

    public void FieldWrite(ChefSlot me, ExplorationSite site, object? owner, object? value)
    {
        PointUnlessGuarded(me, site);
        Changed(me);
        Trace?.FieldWrite(me.Index, site, owner, value);
    }

    /// <summary>The point before a call; for a collection that is not thread-safe, also the start of its interval.</summary>
    public void BeginCall(ChefSlot me, ExplorationSite site, object? instance)
    {
        PointUnlessGuarded(me, site);
        lock (_sync)
        {
            if (!_calls.TryGetValue(me.Index, out var calls))
            {
                calls = new Stack<(ExplorationSite, object?)>();
                _calls[me.Index] = calls;
            }

            calls.Push((site, instance));
            if (site.Kind != SiteKind.CollectionCall || instance is null)
            {
                return;
            }

            if (!_inside.TryGetValue(instance, out var open))
            {
                open = [];
                _inside[instance] = open;
            }

            var clash = open.FirstOrDefault(o => o.Chef != me.Index && (o.Site.Writes || site.Writes));
            if (clash.Site is not null && Overlap is null)
            {
                // Told at the moment it happens, in a row of its own: by the end of the call the other chef may be gone.
                var kind = ValueText.Name(instance.GetType());
                var other = $"{Inside(clash.Site)} ({clash.Site.Location})";
                Overlap = $"{me.Name} {Uses(site)} ({site.Location}) while {_slots[clash.Chef].Name} was still {other}: "
                    + $"two chefs used the same {kind} at once, and a {kind} is not safe for that";
                Trace?.Step(me.Index, site, Uses(site), $"{_slots[clash.Chef].Name} is still {other}: two chefs in one {kind} at once");
                Trace?.MarkFailure();
            }

            open.Add((me.Index, site));
        }
    }

    /// <summary>After the call: its words, then for an interval the point at its exit, and the end of the interval.</summary>
    public void EndCall(ChefSlot me, ExplorationSite site, bool hasResult, object? result, object?[] arguments)
    {
        object? instance = null;
        if (Changes(site))
        {
            Changed(me);
        }

        lock (_sync)
        {
            // Entries above this call's own are calls that threw and were caught: they are over too.
            while (_calls.TryGetValue(me.Index, out var calls) && calls.TryPop(out var call))
            {
                if (call.Site == site)
                {
                    instance = call.Instance;
                    break;
                }

                Close(me, call.Site, call.Instance);
            }
        }

        Trace?.Call(me.Index, site, instance, hasResult, result, arguments, null);

        if (site.Kind != SiteKind.CollectionCall || instance is null)
        {
            return;
        }

        try
        {
            PointUnlessGuarded(me, site);
        }
        finally
        {
            lock (_sync)
            {
                Close(me, site, instance);
            }
        }
    }

    /// <summary>How many calls this chef is inside: a <c>try</c> notes it, so its <c>catch</c> can end the calls that threw.</summary>
    public int CallDepth(ChefSlot me)
    {
        lock (_sync)
        {
            return _calls.TryGetValue(me.Index, out var calls) ? calls.Count : 0;
        }
    }

    /// <summary>
    /// A <c>catch</c> caught an exception: every call begun inside its <c>try</c> and not ended threw (or never started),
    /// so it is over. Left open, a later call by another chef would look like two chefs inside one collection.
    /// </summary>
    public void Caught(ChefSlot me, int depth)
    {
        // The schedule is over (or a sleeping thread is let go): the learner's catch must not keep the chef going.
        ThrowIfAbandoned();
        lock (_sync)
        {
            while (_calls.TryGetValue(me.Index, out var calls) && calls.Count > depth && calls.TryPop(out var call))
            {
                if (call.Site.Kind == SiteKind.CollectionCall)
                {
                    Trace?.Step(me.Index, call.Site, $"stops {Doing(call.Site)} by an exception");
                }

                Close(me, call.Site, call.Instance);
            }
        }
    }

    private void Close(ChefSlot me, ExplorationSite site, object? instance)
    {
        if (instance is not null && _inside.TryGetValue(instance, out var open))
        {
            var mine = open.FindIndex(o => o.Chef == me.Index && o.Site == site);
            if (mine >= 0)
            {
                open.RemoveAt(mine);
            }
        }
    }

    // A call in a beginner's words: "calls _plates.Enqueue", "writes _items[…]"; never the compiler's this[] (set).
    private static string Uses(ExplorationSite site) => site.Operation switch
    {
        "[]" => $"reads {site.Target}[…]",
        "[]=" => $"writes {site.Target}[…]",
        "[]op" => $"changes {site.Target}[…]",
        "new" => $"copies {site.Target}",
        _ => $"calls {site.Target}.{site.Operation.TrimStart('.')}",
    };

    // What a chef is in the middle of: "inside _plates.Enqueue", "in the middle of writing _items[…]".
    private static string Inside(ExplorationSite site) => site.Operation switch
    {
        "[]" or "[]=" or "[]op" or "new" => $"in the middle of {Doing(site)}",
        _ => $"inside {site.Target}.{site.Operation.TrimStart('.')}",
    };

    private static string Doing(ExplorationSite site) => site.Operation switch
    {
        "[]" => $"reading {site.Target}[…]",
        "[]=" => $"writing {site.Target}[…]",
        "[]op" => $"changing {site.Target}[…]",
        "new" => $"copying {site.Target}",
        _ => $"calling {site.Target}.{site.Operation.TrimStart('.')}",
    };
}
