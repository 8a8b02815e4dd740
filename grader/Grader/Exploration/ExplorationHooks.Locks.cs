namespace KitchenKatas.Grader.Exploration;

/// <summary>The hooks that replace lock, Monitor, System.Threading.Lock, ReaderWriterLockSlim and SemaphoreSlim.</summary>
public static partial class ExplorationHooks
{
    /// <summary>Replaces <c>lock (x)</c>'s entry, <c>Monitor.Enter(x)</c> and <c>Lock.Enter()</c>.</summary>
    public static void LockEnter(int site, object lockObject) => Acquire(lockObject, site, CooperativeScheduler.Take.Lock);

    /// <summary>Replaces <c>Monitor.Enter(x, ref lockTaken)</c>.</summary>
    public static void LockEnter(int site, object lockObject, ref bool lockTaken)
    {
        Acquire(lockObject, site, CooperativeScheduler.Take.Lock);
        lockTaken = true;
    }

    /// <summary>Replaces <c>Monitor.TryEnter(x)</c> and <c>Lock.TryEnter()</c>: takes the lock only if it is free.</summary>
    public static bool LockTryEnter(int site, object lockObject)
    {
        ArgumentNullException.ThrowIfNull(lockObject);
        return Chef() is not { } me || me.Scheduler.TryAcquire(me, lockObject, ExplorationSites.Get(site));
    }

    /// <summary>Replaces <c>Monitor.TryEnter(x, ref lockTaken)</c>.</summary>
    public static void LockTryEnter(int site, object lockObject, ref bool lockTaken) => lockTaken = LockTryEnter(site, lockObject);

    /// <summary>Replaces <c>lock (x)</c>'s exit, <c>Monitor.Exit(x)</c> and <c>Lock.Exit()</c>.</summary>
    public static void LockExit(int site, object lockObject) => _ = Release(lockObject, site, CooperativeScheduler.Take.Lock);

    /// <summary>Replaces <c>Monitor.IsEntered(x)</c> and <c>Lock.IsHeldByCurrentThread</c>.</summary>
    public static bool LockHeld(object lockObject) => Chef() is not { } me || me.Scheduler.Holds(me, lockObject);

    /// <summary>Replaces <c>Lock.EnterScope()</c>; disposing the scope releases the lock.</summary>
    public static ModelledLockScope LockScope(int site, object lockObject)
    {
        LockEnter(site, lockObject);
        return new ModelledLockScope(lockObject, site);
    }

    /// <summary>Replaces <c>ReaderWriterLockSlim.EnterReadLock()</c>.</summary>
    public static void ReadLockEnter(int site, object rwLock) => Acquire(rwLock, site, CooperativeScheduler.Take.Read);

    /// <summary>Replaces <c>ReaderWriterLockSlim.ExitReadLock()</c>.</summary>
    public static void ReadLockExit(int site, object rwLock) => _ = Release(rwLock, site, CooperativeScheduler.Take.Read);

    /// <summary>Replaces <c>ReaderWriterLockSlim.EnterWriteLock()</c>.</summary>
    public static void WriteLockEnter(int site, object rwLock) => Acquire(rwLock, site, CooperativeScheduler.Take.Write);

    /// <summary>Replaces <c>ReaderWriterLockSlim.ExitWriteLock()</c>.</summary>
    public static void WriteLockExit(int site, object rwLock) => _ = Release(rwLock, site, CooperativeScheduler.Take.Write);

    /// <summary>Replaces <c>ReaderWriterLockSlim.EnterUpgradeableReadLock()</c>.</summary>
    public static void UpgradeableLockEnter(int site, object rwLock) => Acquire(rwLock, site, CooperativeScheduler.Take.Upgradeable);

    /// <summary>Replaces <c>ReaderWriterLockSlim.ExitUpgradeableReadLock()</c>.</summary>
    public static void UpgradeableLockExit(int site, object rwLock) => _ = Release(rwLock, site, CooperativeScheduler.Take.Upgradeable);

    /// <summary>Replaces <c>SemaphoreSlim.Wait()</c>.</summary>
    public static void SemaphoreWait(int site, object semaphore) => Acquire(semaphore, site, CooperativeScheduler.Take.Permit);

    /// <summary>Replaces <c>SemaphoreSlim.Release()</c>; returns the free permits before, as the real one does.</summary>
    public static int SemaphoreRelease(int site, object semaphore) => Release(semaphore, site, CooperativeScheduler.Take.Permit);

    private static void Acquire(object key, int site, CooperativeScheduler.Take take)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Chef() is { } me)
        {
            me.Scheduler.Acquire(me, key, ExplorationSites.Get(site), take);
        }
    }

    private static int Release(object key, int site, CooperativeScheduler.Take take, int permits = 1)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Chef() is { } me ? me.Scheduler.Release(me, key, ExplorationSites.Get(site), take, permits) : 0;
    }
}
