namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// The hooks around a learner's <c>try</c>/<c>catch</c>: a call that throws never reaches the hook after it, so the
/// <c>catch</c> ends every call begun inside its <c>try</c> (see <see cref="CooperativeScheduler.Caught"/>).
/// </summary>
public static partial class ExplorationHooks
{
    /// <summary>Before a <c>try</c> that has a <c>catch</c>: how many calls this chef is inside now.</summary>
    public static int CallDepth() => Chef() is { } me ? me.Scheduler.CallDepth(me) : 0;

    /// <summary>First thing in a <c>catch</c>: the calls begun since <paramref name="depth"/> are over.</summary>
    public static void Caught(int depth)
    {
        if (Chef() is { } me)
        {
            me.Scheduler.Caught(me, depth);
        }
    }
}
