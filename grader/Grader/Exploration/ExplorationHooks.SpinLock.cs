namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// The hooks that replace <see cref="SpinLock"/> calls. A SpinLock is a struct, so the rewritten code names it by where it
/// lives: the owner argument is the object that holds the field (or the type, for a static field) and the field's
/// name comes with it. A null owner means the code works on a copy (a <c>readonly</c> field hands out a fresh copy on
/// every call), so each call gets a lock of its own, exactly as the real code does.
/// </summary>
public static partial class ExplorationHooks
{
    /// <summary>Replaces <c>spinLock.Enter(ref lockTaken)</c>.</summary>
    public static void SpinLockEnter(int site, object? owner, string field, bool ownerTracking, ref bool lockTaken)
    {
        if (lockTaken)
        {
            throw ExplorerFaults.Modelled(new ArgumentException("The lockTaken argument must be false before calling SpinLock.Enter.", nameof(lockTaken)));
        }

        lockTaken = SpinLockTake(site, owner, field, ownerTracking, Patience.Forever);
    }

    /// <summary>Replaces <c>spinLock.TryEnter(ref lockTaken)</c>: one look.</summary>
    public static void SpinLockTryEnter(int site, object? owner, string field, bool ownerTracking, ref bool lockTaken)
    {
        if (lockTaken)
        {
            throw ExplorerFaults.Modelled(new ArgumentException("The lockTaken argument must be false before calling SpinLock.TryEnter.", nameof(lockTaken)));
        }

        lockTaken = SpinLockTake(site, owner, field, ownerTracking, Patience.Once);
    }

    /// <summary>Replaces <c>spinLock.TryEnter(ms, ref lockTaken)</c>.</summary>
    public static void SpinLockTryEnter(int site, object? owner, string field, bool ownerTracking, int millisecondsTimeout, ref bool lockTaken)
    {
        var patience = Patiences.Of(millisecondsTimeout);
        if (lockTaken)
        {
            throw ExplorerFaults.Modelled(new ArgumentException("The lockTaken argument must be false before calling SpinLock.TryEnter.", nameof(lockTaken)));
        }

        lockTaken = SpinLockTake(site, owner, field, ownerTracking, patience);
    }

    /// <summary>Replaces <c>spinLock.TryEnter(timeout, ref lockTaken)</c>.</summary>
    public static void SpinLockTryEnter(int site, object? owner, string field, bool ownerTracking, TimeSpan timeout, ref bool lockTaken)
    {
        var patience = Patiences.Of(timeout);
        if (lockTaken)
        {
            throw ExplorerFaults.Modelled(new ArgumentException("The lockTaken argument must be false before calling SpinLock.TryEnter.", nameof(lockTaken)));
        }

        lockTaken = SpinLockTake(site, owner, field, ownerTracking, patience);
    }

    /// <summary>Replaces <c>spinLock.Exit()</c> and <c>spinLock.Exit(useMemoryBarrier)</c>.</summary>
    public static void SpinLockExit(int site, object? owner, string field, bool ownerTracking)
    {
        if (Chef() is not { } me)
        {
            return;
        }

        var key = SpinKey(owner, field);
        if (!me.Scheduler.Holds(me, key))
        {
            if (ownerTracking)
            {
                // The real SpinLock refuses too; the exception ends the schedule as one the model cannot judge.
                throw ExplorerFaults.Modelled(new SynchronizationLockException($"{me.Name} released the SpinLock {field}, which it does not hold."));
            }

            if (owner is not null)
            {
                // Without owner tracking the real lock is released (or its count broken) by anyone: stress judges that.
                me.Scheduler.GiveUp($"a SpinLock without owner tracking ({field}) was released by a chef that did not hold it");
                throw new ScheduleAbandonedException();
            }

            me.Scheduler.Point(me); // a copy: releasing it changes nothing shared
            return;
        }

        me.Scheduler.Release(me, key, ExplorationSites.Get(site), CooperativeScheduler.Take.Spin);
    }

    /// <summary>Replaces <c>spinLock.IsHeld</c>: whether any chef holds it.</summary>
    public static bool SpinLockIsHeld(object? owner, string field) =>
        Chef() is { } me && me.Scheduler.IsHeld(SpinKey(owner, field));

    /// <summary>Replaces <c>spinLock.IsHeldByCurrentThread</c>.</summary>
    public static bool SpinLockIsHeldByMe(object? owner, string field, bool ownerTracking)
    {
        if (!ownerTracking)
        {
            throw ExplorerFaults.Modelled(new InvalidOperationException("SpinLock.IsHeldByCurrentThread needs owner tracking."));
        }

        return Chef() is { } me && me.Scheduler.Holds(me, SpinKey(owner, field));
    }

    private static bool SpinLockTake(int site, object? owner, string field, bool ownerTracking, Patience patience)
    {
        if (Chef() is not { } me)
        {
            return true;
        }

        var key = SpinKey(owner, field);
        if (ownerTracking && me.Scheduler.Holds(me, key))
        {
            // As the real one: with owner tracking a second Enter by the holder throws; without, it spins for ever.
            throw ExplorerFaults.Modelled(new LockRecursionException($"{me.Name} tried to take the SpinLock {field} again while holding it."));
        }

        return me.Scheduler.TryAcquire(me, key, ExplorationSites.Get(site), CooperativeScheduler.Take.Spin, patience);
    }

    // A copy (null owner) is a lock nobody else can reach: a fresh key each time.
    private static object SpinKey(object? owner, string field) => owner is null ? new object() : new ResourceKeys.FieldKey(owner, field);
}
