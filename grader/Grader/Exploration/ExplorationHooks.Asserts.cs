// The learner's build defines DEBUG, or these hooks would not be called at all; off a chef they must do what the
// learner's own Debug.Assert and Debug.Fail do, whatever the grader itself was built as.
#define DEBUG

using System.Diagnostics;

namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// The hooks that replace <c>Debug.Assert</c> and <c>Debug.Fail</c> in a learner's Debug build. On a chef a failed
/// assert fails the schedule, as it would end the learner's program; anywhere else they are the real ones.
/// </summary>
public static partial class ExplorationHooks
{
    /// <summary>Replaces <c>Debug.Assert(condition)</c>.</summary>
    public static void DebugAssert(int site, bool condition) => DebugAssert(site, condition, null, null);

    /// <summary>Replaces <c>Debug.Assert(condition, message)</c>.</summary>
    public static void DebugAssert(int site, bool condition, string? message) => DebugAssert(site, condition, message, null);

    /// <summary>Replaces <c>Debug.Assert(condition, message, detailMessage)</c>.</summary>
    public static void DebugAssert(int site, bool condition, string? message, string? detailMessage)
    {
        if (condition)
        {
            return;
        }

        if (Chef() is { } me)
        {
            me.Scheduler.AssertFailed(me, ExplorationSites.Get(site), message);
            return;
        }

        Debug.Assert(condition, message, detailMessage);
    }

    /// <summary>Replaces <c>Debug.Fail(message)</c>.</summary>
    public static void DebugFail(int site, string? message) => DebugAssert(site, false, message, null);

    /// <summary>Replaces <c>Debug.Fail(message, detailMessage)</c>.</summary>
    public static void DebugFail(int site, string? message, string? detailMessage) => DebugAssert(site, false, message, detailMessage);
}
