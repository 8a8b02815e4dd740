using System.Runtime.ExceptionServices;

namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Watches every exception as it is thrown on a chef's thread: a fault of the explorer's own ends the schedule there,
/// before the learner's <c>catch</c> could swallow it and the schedule went on with a broken model.
/// </summary>
public static partial class ExplorationHooks
{
    private static readonly Lock WatchGate = new();

    // Chefs attached now: the handler is on the process-wide event only while one is.
    private static int _watchers;

    [ThreadStatic]
    private static bool _inFirstChance;

    private static void WatchFaults()
    {
        lock (WatchGate)
        {
            if (_watchers++ == 0)
            {
                AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;
            }
        }
    }

    // Off again when the last chef leaves. The event is the whole process's: a handler left on it kept this copy of
    // the grader loaded for ever, and with it every load of a kata's checks that explored (the soak grew some 80 MB a run).
    private static void StopWatchingFaults()
    {
        lock (WatchGate)
        {
            if (_watchers > 0 && --_watchers == 0)
            {
                AppDomain.CurrentDomain.FirstChanceException -= OnFirstChance;
            }
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
