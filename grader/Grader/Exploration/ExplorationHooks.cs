namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// What the instrumented copy of the learner's code calls, by its <c>global::</c> name, at every scheduling point.
/// On a chef's thread under the <see cref="CooperativeScheduler"/> each hook may hand the baton to another chef; on
/// any other thread (the kitchen's setup, the final check) the hooks do nothing and the code runs as written.
/// </summary>
public static partial class ExplorationHooks
{
    [ThreadStatic]
    private static ChefSlot? _slot;

    // Flows into Tasks and threads a chef starts, so a hook can tell "not a chef, but started by one".
    private static readonly AsyncLocal<CooperativeScheduler?> Ambient = new();

    /// <summary>Passed in place of an argument whose value cannot be taken twice safely; the report shows the learner's text.</summary>
    public static readonly object Uncaptured = new();

    /// <summary>The point before a field read; returns <paramref name="site"/> for <see cref="Read{T}"/>.</summary>
    public static int At(int site)
    {
        if (Chef() is { } me)
        {
            me.Scheduler.PointUnlessGuarded(me, ExplorationSites.Get(site));
        }

        return site;
    }

    /// <summary>Logs the value a field read produced (the point came just before, in <see cref="At"/>).</summary>
    public static T Read<T>(int site, object? owner, T value)
    {
        if (Chef() is { Scheduler.Trace: not null } me)
        {
            me.Scheduler.FieldRead(me, ExplorationSites.Get(site), owner, value);
        }

        return value;
    }

    /// <summary>
    /// The value, unchanged: the old value of <c>x++</c> as the whole body of an arrow (<c>void Count() =&gt; _n++;</c>),
    /// where a void member or lambda lets only a call, an assignment or an increment stand, never arithmetic.
    /// </summary>
    public static T Value<T>(T value) => value;

    /// <summary>The point before a field write, and the value written.</summary>
    public static T Write<T>(int site, object? owner, T value)
    {
        if (Chef() is { } me)
        {
            me.Scheduler.FieldWrite(me, ExplorationSites.Get(site), owner, value);
        }

        return value;
    }

    /// <summary>The point before a call (and the start of its interval on a collection that is not thread-safe).</summary>
    public static int Begin(int site, object? instance)
    {
        if (Chef() is { } me)
        {
            me.Scheduler.BeginCall(me, ExplorationSites.Get(site), instance);
        }

        return site;
    }

    /// <summary>After a call that returns a value: logs it, and ends the call's interval.</summary>
    public static T Done<T>(int site, T result, params object?[] arguments)
    {
        if (Chef() is { } me)
        {
            me.Scheduler.EndCall(me, ExplorationSites.Get(site), true, result, arguments);
        }

        return result;
    }

    /// <summary>After a call that returns nothing: logs it, and ends the call's interval.</summary>
    public static void DoneVoid(int site, params object?[] arguments)
    {
        if (Chef() is { } me)
        {
            me.Scheduler.EndCall(me, ExplorationSites.Get(site), false, null, arguments);
        }
    }

    /// <summary>Logs that a chef entered a member of the learner's code, with its arguments. Not a scheduling point.</summary>
    public static void Entered(int site, params object?[] arguments)
    {
        if (Chef() is { Scheduler.Trace: not null } me)
        {
            me.Scheduler.Entered(me, ExplorationSites.Get(site), arguments);
        }
    }

    /// <summary>
    /// Marks a chef that waits for the other chefs in a loop: under the explorer another chef runs first (a free
    /// switch, not a context switch); anywhere else it does nothing.
    /// </summary>
    public static void Yield()
    {
        if (Chef() is { } me)
        {
            me.Scheduler.Yield(me);
        }
    }

    /// <summary>A scenario's pause: under the explorer until the other chefs stand still; elsewhere a real sleep.</summary>
    internal static void Pause(int site, TimeSpan onRealCores)
    {
        if (Chef() is { } me)
        {
            me.Scheduler.Pause(me, ExplorationSites.Get(site));
        }
        else
        {
            Thread.Sleep(onRealCores);
        }
    }

    /// <summary>One round of a spin loop (its body replaced): the chef waits until another chef changes something.</summary>
    public static void Spin(int site)
    {
        if (Chef() is { } me)
        {
            me.Scheduler.Spin(me, ExplorationSites.Get(site));
        }
        else
        {
            Thread.Yield();
        }
    }

    /// <summary>True on a chef's thread under the cooperative scheduler.</summary>
    internal static bool OnChef => _slot is not null;

    internal static void Attach(ChefSlot slot)
    {
        WatchFaults();
        _slot = slot;
        Ambient.Value = slot.Scheduler;
    }

    internal static void Detach()
    {
        _slot = null;
        Ambient.Value = null;
    }

    private static ChefSlot? Chef()
    {
        var me = _slot;
        if (me is null && Ambient.Value is { } scheduler)
        {
            scheduler.ForeignThread();
            throw new ScheduleAbandonedException();
        }

        return me;
    }
}
