namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Spin loops: <c>while (!_ready) { }</c>, or with <c>Thread.Yield</c>, <c>SpinWait.SpinOnce</c>, <c>Thread.Sleep(0)</c> in
/// the body. Spinning again changes nothing until another chef changes something, so a spinning chef is not runnable
/// until another chef writes a field, makes a call or lets go of a lock. When only spinning (or waiting) chefs are
/// left, nobody can ever change what they read: the kitchen hangs, and the report says who spins.
/// </summary>
internal sealed partial class CooperativeScheduler
{
    /// <summary>One more round of a spin loop: hands the baton on until another chef changes something.</summary>
    public void Spin(ChefSlot me, ExplorationSite site)
    {
        ThrowIfAbandoned();
        lock (_sync)
        {
            CountStepLocked("");

            if (me.ChangedSinceSpin)
            {
                // Something changed while this round read (perhaps after the read): the next round must look again.
                me.ChangedSinceSpin = false;
                return;
            }

            if (!me.Spinning)
            {
                Trace?.Step(me.Index, site, "spins, waiting for another chef to change what it reads");
            }

            me.Spinning = true;
        }

        Block(me);
        lock (_sync)
        {
            me.ChangedSinceSpin = false; // woken by a change: the next round reads it
        }
    }

    // Reads that change nothing: a chef spinning on them stays asleep.
    private static readonly HashSet<string> ReadOnlyCalls = new(StringComparer.Ordinal)
    {
        "Volatile.Read", "Interlocked.Read", "TryGetValue", "ContainsKey", "Contains", "TryPeek", "ToArray", "[]", ".Count", ".IsEmpty",
        ".Keys", ".Values", "foreach", "GetValueOrDefault",
    };

    private static bool Changes(ExplorationSite site) =>
        site.Writes || (site.Kind == SiteKind.AtomicCall && !ReadOnlyCalls.Contains(site.Operation));

    // Called with another chef's write, call or release: every spinning chef may now read something new.
    private void Changed(ChefSlot me)
    {
        lock (_sync)
        {
            ChangedLocked(me);
        }
    }

    private void ChangedLocked(ChefSlot me)
    {
        foreach (var slot in _slots.Where(s => s.Index != me.Index))
        {
            (slot.Spinning, slot.ChangedSinceSpin) = (false, true);
        }
    }
}
