using KitchenKatas.Grader.Testing;
using NUnit.Framework;
using KitchenKatas.Grader.Katas;

namespace Kitchen.ThreadPool.Checks;

/// <summary>Check 10: the pool and the sizer keep the public members the kata gave them (the README's second rule).</summary>
[TestFixture]
public sealed class MembersChecks
{
    // The starter's public members, as PublicMembers writes them: the waiters and the checks call these.
    private static readonly string[] PoolGiven =
    [
        "implements IDisposable",
        "public WorkerPool(int workers)",
        "public event Action<Exception> JobFailed",
        "public int Workers { get; }",
        "public void Dispose()",
        "public void Drain()",
        "public void Submit(Action job)",
    ];

    private static readonly string[] SizerGiven =
    [
        "public static int ThreadsFor(int cores, double waitToComputeRatio, int maxThreads = 512)",
    ];

    [Check(10, "The pool and the sizer keep the public members they came with", Points = 5, Starter = StarterVerdict.Passes)]
    public void The_pool_and_the_sizer_keep_the_public_members_they_came_with()
    {
        Assert.Multiple(() =>
        {
            PublicMembers.AreExactly(typeof(WorkerPool), PoolGiven, "WorkerPool.cs", Hints.Say);
            PublicMembers.AreExactly(typeof(PoolSizer), SizerGiven, "PoolSizer.cs", Hints.Say);
        });
    }
}
