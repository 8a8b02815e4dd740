namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// The hooks that replace timed attempts (Monitor, System.Threading.Lock, ReaderWriterLockSlim, SemaphoreSlim) and
/// SemaphoreSlim.WaitAsync. A timeout of 0 looks once; -1 waits for ever; any other may wait or run out (both explored).
/// </summary>
public static partial class ExplorationHooks
{
    /// <summary>Replaces <c>Monitor.TryEnter(x, ms)</c> and <c>Lock.TryEnter(ms)</c>.</summary>
    public static bool LockTryEnter(int site, object lockObject, int millisecondsTimeout) =>
        TryAcquire(lockObject, site, CooperativeScheduler.Take.Lock, Patiences.Of(millisecondsTimeout));

    /// <summary>Replaces <c>Monitor.TryEnter(x, timeout)</c> and <c>Lock.TryEnter(timeout)</c>.</summary>
    public static bool LockTryEnter(int site, object lockObject, TimeSpan timeout) =>
        TryAcquire(lockObject, site, CooperativeScheduler.Take.Lock, Patiences.Of(timeout));

    /// <summary>Replaces <c>Monitor.TryEnter(x, ms, ref lockTaken)</c>.</summary>
    public static void LockTryEnter(int site, object lockObject, int millisecondsTimeout, ref bool lockTaken) =>
        lockTaken = LockTryEnter(site, lockObject, millisecondsTimeout);

    /// <summary>Replaces <c>Monitor.TryEnter(x, timeout, ref lockTaken)</c>.</summary>
    public static void LockTryEnter(int site, object lockObject, TimeSpan timeout, ref bool lockTaken) =>
        lockTaken = LockTryEnter(site, lockObject, timeout);

    /// <summary>Replaces <c>ReaderWriterLockSlim.TryEnterReadLock(ms)</c>.</summary>
    public static bool ReadLockTryEnter(int site, object rwLock, int millisecondsTimeout) =>
        TryAcquire(rwLock, site, CooperativeScheduler.Take.Read, Patiences.Of(millisecondsTimeout));

    /// <summary>Replaces <c>ReaderWriterLockSlim.TryEnterReadLock(timeout)</c>.</summary>
    public static bool ReadLockTryEnter(int site, object rwLock, TimeSpan timeout) =>
        TryAcquire(rwLock, site, CooperativeScheduler.Take.Read, Patiences.Of(timeout));

    /// <summary>Replaces <c>ReaderWriterLockSlim.TryEnterWriteLock(ms)</c>.</summary>
    public static bool WriteLockTryEnter(int site, object rwLock, int millisecondsTimeout) =>
        TryAcquire(rwLock, site, CooperativeScheduler.Take.Write, Patiences.Of(millisecondsTimeout));

    /// <summary>Replaces <c>ReaderWriterLockSlim.TryEnterWriteLock(timeout)</c>.</summary>
    public static bool WriteLockTryEnter(int site, object rwLock, TimeSpan timeout) =>
        TryAcquire(rwLock, site, CooperativeScheduler.Take.Write, Patiences.Of(timeout));

    /// <summary>Replaces <c>ReaderWriterLockSlim.TryEnterUpgradeableReadLock(ms)</c>.</summary>
    public static bool UpgradeableLockTryEnter(int site, object rwLock, int millisecondsTimeout) =>
        TryAcquire(rwLock, site, CooperativeScheduler.Take.Upgradeable, Patiences.Of(millisecondsTimeout));

    /// <summary>Replaces <c>ReaderWriterLockSlim.TryEnterUpgradeableReadLock(timeout)</c>.</summary>
    public static bool UpgradeableLockTryEnter(int site, object rwLock, TimeSpan timeout) =>
        TryAcquire(rwLock, site, CooperativeScheduler.Take.Upgradeable, Patiences.Of(timeout));

    /// <summary>Replaces <c>SemaphoreSlim.Wait(ms)</c>.</summary>
    public static bool SemaphoreWait(int site, object semaphore, int millisecondsTimeout) =>
        TryAcquire(semaphore, site, CooperativeScheduler.Take.Permit, Patiences.Of(millisecondsTimeout));

    /// <summary>Replaces <c>SemaphoreSlim.Wait(timeout)</c>.</summary>
    public static bool SemaphoreWait(int site, object semaphore, TimeSpan timeout) =>
        TryAcquire(semaphore, site, CooperativeScheduler.Take.Permit, Patiences.Of(timeout));

    /// <summary>
    /// Replaces <c>SemaphoreSlim.WaitAsync()</c> that is awaited (or waited on) at once: the chef takes the permit under
    /// the model, and the task it gets back is already complete, so the code after the await goes on on the same chef.
    /// </summary>
    public static Task SemaphoreWaitAsync(int site, object semaphore)
    {
        SemaphoreWait(site, semaphore);
        return Task.CompletedTask;
    }

    /// <summary>Replaces <c>SemaphoreSlim.WaitAsync(ms)</c> awaited at once; see <see cref="SemaphoreWaitAsync(int, object)"/>.</summary>
    public static Task<bool> SemaphoreWaitAsync(int site, object semaphore, int millisecondsTimeout) =>
        Task.FromResult(SemaphoreWait(site, semaphore, millisecondsTimeout));

    /// <summary>Replaces <c>SemaphoreSlim.WaitAsync(timeout)</c> awaited at once; see <see cref="SemaphoreWaitAsync(int, object)"/>.</summary>
    public static Task<bool> SemaphoreWaitAsync(int site, object semaphore, TimeSpan timeout) =>
        Task.FromResult(SemaphoreWait(site, semaphore, timeout));

    /// <summary>Replaces <c>SemaphoreSlim.Release(releaseCount)</c>; returns the free permits before, as the real one does.</summary>
    public static int SemaphoreRelease(int site, object semaphore, int releaseCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(releaseCount, 1);
        return Release(semaphore, site, CooperativeScheduler.Take.Permit, releaseCount);
    }

    private static bool TryAcquire(object key, int site, CooperativeScheduler.Take take, Patience patience)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Chef() is not { } me || me.Scheduler.TryAcquire(me, key, ExplorationSites.Get(site), take, patience);
    }
}
