using System.Runtime.ExceptionServices;

namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Watches every exception as it is thrown on a chef's thread: a fault of the explorer's own ends the schedule there,
/// before the learner's <c>catch</c> could swallow it and the schedule went on with a broken model.
/// </summary>
public static partial class ExplorationHooks
{
    private static int _watching;

    [ThreadStatic]
    private static bool _inFirstChance;

    private static void WatchFaults()
    {
        if (Interlocked.Exchange(ref _watching, 1) == 0)
        {
            AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;
        }
    }

    private static void OnFirstChance(object? sender, FirstChanceExceptionEventArgs args)
    {
        if (_slot is not { } me || _inFirstChance || !ExplorerFaults.IsExplorers(args.Exception))
        {
            return;
        }

        _inFirstChance = true;
        try
        {
            me.Scheduler.GiveUp(ExplorerFaults.Describe(args.Exception));
        }
        finally
        {
            _inFirstChance = false;
        }
    }
}
