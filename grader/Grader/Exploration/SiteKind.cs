namespace KitchenKatas.Grader.Exploration;

/// <summary>What the learner's code does at a scheduling point the instrumenter inserted.</summary>
public enum SiteKind
{
    /// <summary>Reads a field (or a settable auto-property).</summary>
    FieldRead,

    /// <summary>Writes a field (or a settable auto-property).</summary>
    FieldWrite,

    /// <summary>A call on a collection that is not safe for two chefs: an interval from entry to exit.</summary>
    CollectionCall,

    /// <summary>A call that happens all at once: Interlocked, Volatile, a concurrent collection.</summary>
    AtomicCall,

    /// <summary>Takes a lock (lock, Monitor, System.Threading.Lock, a write or read lock, a semaphore).</summary>
    LockEnter,

    /// <summary>Releases a lock.</summary>
    LockExit,

    /// <summary>Enters a member of the learner's code: logged, never a scheduling point.</summary>
    MemberEntry,

    /// <summary>A Debug.Assert or Debug.Fail of a Debug build.</summary>
    Assert,

    /// <summary>One round of a spin loop, waiting for another chef.</summary>
    Spin,
}
