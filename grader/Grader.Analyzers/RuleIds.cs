namespace KitchenKatas.Grader.Analyzers;

/// <summary>The stable ids of the KATA rules. An id never changes meaning once a learner has seen it.</summary>
public static class RuleIds
{
    /// <summary>A shared field is read, changed and written back outside a lock.</summary>
    public const string SharedFieldReadModifyWrite = "KATA001";

    /// <summary>A shared field is used without the lock that guards it elsewhere, or read while another member changes it.</summary>
    public const string UnguardedSharedField = "KATA002";

    /// <summary>A lock on <c>this</c>, a <c>Type</c>, a string, a boxed value or a fresh object.</summary>
    public const string BadLockObject = "KATA003";

    /// <summary>Two members guard the same field with different lock objects.</summary>
    public const string OneFieldTwoLocks = "KATA004";

    /// <summary>A check on shared state and the change that depends on it are not done as one step.</summary>
    public const string CheckThenAct = "KATA005";

    /// <summary>
    /// Fields that must change together are updated in separate steps, each safe on its own: <c>Interlocked</c> calls,
    /// single calls on a concurrent collection, or separate <c>lock</c> blocks.
    /// </summary>
    public const string SplitUpdate = "KATA006";

    /// <summary>A thread (or long-running task) is started per job or inside a loop.</summary>
    public const string ThreadPerJob = "KATA007";

    /// <summary>Another thread is waited for by sleeping or spinning on a field.</summary>
    public const string WaitBySleeping = "KATA008";

    /// <summary><c>Environment.Exit</c> or <c>Environment.FailFast</c> outside the program's entry point.</summary>
    public const string ProcessExitInWorker = "KATA009";

    /// <summary>A <c>catch</c> that silently swallows the crash of a job.</summary>
    public const string SwallowedWorkerCrash = "KATA010";

    /// <summary>Every rule id, in order.</summary>
    public static IReadOnlyList<string> All { get; } = new[]
    {
        SharedFieldReadModifyWrite, UnguardedSharedField, BadLockObject, OneFieldTwoLocks, CheckThenAct,
        SplitUpdate, ThreadPerJob, WaitBySleeping, ProcessExitInWorker, SwallowedWorkerCrash,
    };
}
