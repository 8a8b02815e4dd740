namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// The hooks that replace <c>Monitor.Wait</c>/<c>Pulse</c>/<c>PulseAll</c>, the reset events, <c>CountdownEvent</c> and
/// <c>Barrier.SignalAndWait</c>. On a chef they are modelled (the real object is only read, once, for its starting state);
/// anywhere else they are the real calls.
/// </summary>
public static partial class ExplorationHooks
{
    /// <summary>Replaces <c>Monitor.Wait(x)</c>.</summary>
    public static bool MonitorWait(int site, object lockObject) => MonitorWait(site, lockObject, Timeout.Infinite);

    /// <summary>Replaces <c>Monitor.Wait(x, ms)</c>.</summary>
    public static bool MonitorWait(int site, object lockObject, int millisecondsTimeout)
    {
        ArgumentNullException.ThrowIfNull(lockObject);
        return Chef() is { } me
            ? me.Scheduler.MonitorWait(me, lockObject, ExplorationSites.Get(site), Patiences.Of(millisecondsTimeout))
            : Monitor.Wait(lockObject, millisecondsTimeout);
    }

    /// <summary>Replaces <c>Monitor.Wait(x, timeout)</c>.</summary>
    public static bool MonitorWait(int site, object lockObject, TimeSpan timeout) =>
        MonitorWait(site, lockObject, (int)timeout.TotalMilliseconds);

    /// <summary>Replaces <c>Monitor.Wait(x, ms, exitContext)</c>; the context means nothing here.</summary>
    public static bool MonitorWait(int site, object lockObject, int millisecondsTimeout, bool exitContext) =>
        MonitorWait(site, lockObject, millisecondsTimeout);

    /// <summary>Replaces <c>Monitor.Wait(x, timeout, exitContext)</c>.</summary>
    public static bool MonitorWait(int site, object lockObject, TimeSpan timeout, bool exitContext) =>
        MonitorWait(site, lockObject, timeout);

    /// <summary>Replaces <c>Monitor.Pulse(x)</c>.</summary>
    public static void MonitorPulse(int site, object lockObject) => Pulse(site, lockObject, all: false);

    /// <summary>Replaces <c>Monitor.PulseAll(x)</c>.</summary>
    public static void MonitorPulseAll(int site, object lockObject) => Pulse(site, lockObject, all: true);

    /// <summary>Replaces <c>Set()</c> on a ManualResetEvent(Slim) or AutoResetEvent.</summary>
    public static bool EventSet(int site, object resetEvent)
    {
        if (Chef() is not { } me)
        {
            return resetEvent is EventWaitHandle handle ? handle.Set() : Set((ManualResetEventSlim)resetEvent);
        }

        me.Scheduler.EventSet(me, resetEvent, ExplorationSites.Get(site), KindOf(resetEvent), IsSetNow(resetEvent));
        return true;
    }

    /// <summary>Replaces <c>Reset()</c> on a ManualResetEvent(Slim) or AutoResetEvent.</summary>
    public static bool EventReset(int site, object resetEvent)
    {
        if (Chef() is not { } me)
        {
            return resetEvent is EventWaitHandle handle ? handle.Reset() : Reset((ManualResetEventSlim)resetEvent);
        }

        me.Scheduler.EventReset(me, resetEvent, ExplorationSites.Get(site), IsSetNow(resetEvent));
        return true;
    }

    /// <summary>Replaces <c>Wait()</c>/<c>WaitOne()</c> on an event or a CountdownEvent.</summary>
    public static bool EventWait(int site, object resetEvent) => EventWait(site, resetEvent, Timeout.Infinite);

    /// <summary>Replaces <c>Wait(ms)</c>/<c>WaitOne(ms)</c> on an event or a CountdownEvent.</summary>
    public static bool EventWait(int site, object resetEvent, int millisecondsTimeout)
    {
        if (Chef() is not { } me)
        {
            return resetEvent switch
            {
                WaitHandle handle => handle.WaitOne(millisecondsTimeout),
                CountdownEvent countdown => countdown.Wait(millisecondsTimeout),
                _ => ((ManualResetEventSlim)resetEvent).Wait(millisecondsTimeout),
            };
        }

        return me.Scheduler.EventWait(me, resetEvent, ExplorationSites.Get(site), KindOf(resetEvent), IsSetNow(resetEvent), Patiences.Of(millisecondsTimeout));
    }

    /// <summary>Replaces <c>Wait(timeout)</c>/<c>WaitOne(timeout)</c> on an event or a CountdownEvent.</summary>
    public static bool EventWait(int site, object resetEvent, TimeSpan timeout)
    {
        _ = Patiences.Of(timeout); // refuses the timeouts the real one refuses
        return EventWait(site, resetEvent, (int)timeout.TotalMilliseconds);
    }

    /// <summary>Replaces <c>WaitOne(ms, exitContext)</c>; the context means nothing here.</summary>
    public static bool EventWait(int site, object resetEvent, int millisecondsTimeout, bool exitContext) => EventWait(site, resetEvent, millisecondsTimeout);

    /// <summary>Replaces <c>IsSet</c> on a ManualResetEventSlim or a CountdownEvent.</summary>
    public static bool EventIsSet(int site, object resetEvent) =>
        Chef() is { } me ? me.Scheduler.EventIsSet(me, resetEvent, ExplorationSites.Get(site), IsSetNow(resetEvent)) : IsSetNow(resetEvent);

    /// <summary>Replaces <c>CountdownEvent.Signal()</c>.</summary>
    public static bool CountdownSignal(int site, CountdownEvent countdown) => CountdownSignal(site, countdown, 1);

    /// <summary>Replaces <c>CountdownEvent.Signal(signalCount)</c>.</summary>
    public static bool CountdownSignal(int site, CountdownEvent countdown, int signalCount)
    {
        ArgumentNullException.ThrowIfNull(countdown);
        ArgumentOutOfRangeException.ThrowIfLessThan(signalCount, 1);
        return Chef() is { } me
            ? me.Scheduler.CountdownSignal(me, countdown, ExplorationSites.Get(site), signalCount, countdown.CurrentCount)
            : countdown.Signal(signalCount);
    }

    /// <summary>Replaces <c>CountdownEvent.AddCount()</c>.</summary>
    public static void CountdownAddCount(int site, CountdownEvent countdown) => CountdownAddCount(site, countdown, 1);

    /// <summary>Replaces <c>CountdownEvent.AddCount(signalCount)</c>.</summary>
    public static void CountdownAddCount(int site, CountdownEvent countdown, int signalCount)
    {
        ArgumentNullException.ThrowIfNull(countdown);
        ArgumentOutOfRangeException.ThrowIfLessThan(signalCount, 1);
        if (Chef() is { } me)
        {
            _ = me.Scheduler.CountdownSignal(me, countdown, ExplorationSites.Get(site), -signalCount, countdown.CurrentCount);
        }
        else
        {
            countdown.AddCount(signalCount);
        }
    }

    /// <summary>Replaces <c>CountdownEvent.CurrentCount</c>.</summary>
    public static int CountdownCount(int site, CountdownEvent countdown)
    {
        ArgumentNullException.ThrowIfNull(countdown);
        return Chef() is { } me ? me.Scheduler.CountdownCount(me, countdown, ExplorationSites.Get(site), countdown.CurrentCount) : countdown.CurrentCount;
    }

    /// <summary>Replaces <c>Barrier.SignalAndWait()</c>.</summary>
    public static void BarrierSignalAndWait(int site, Barrier barrier)
    {
        ArgumentNullException.ThrowIfNull(barrier);
        if (Chef() is { } me)
        {
            me.Scheduler.BarrierSignalAndWait(me, barrier, ExplorationSites.Get(site), barrier.ParticipantCount);
        }
        else
        {
            barrier.SignalAndWait();
        }
    }

    private static void Pulse(int site, object lockObject, bool all)
    {
        ArgumentNullException.ThrowIfNull(lockObject);
        if (Chef() is { } me)
        {
            me.Scheduler.MonitorPulse(me, lockObject, ExplorationSites.Get(site), all);
        }
        else if (all)
        {
            Monitor.PulseAll(lockObject);
        }
        else
        {
            Monitor.Pulse(lockObject);
        }
    }

    private static CooperativeScheduler.EventKind KindOf(object resetEvent) =>
        resetEvent is AutoResetEvent ? CooperativeScheduler.EventKind.Auto : CooperativeScheduler.EventKind.Manual;

    // The real object's state before the explorer's first use of it (the model keeps it from then on). An
    // AutoResetEvent can only be asked by taking its signal, so it is given back at once.
    private static bool IsSetNow(object resetEvent)
    {
        ArgumentNullException.ThrowIfNull(resetEvent);
        switch (resetEvent)
        {
            case ManualResetEventSlim slim:
                return slim.IsSet;
            case CountdownEvent countdown:
                return countdown.IsSet;
            case AutoResetEvent auto:
                var set = auto.WaitOne(0);
                if (set)
                {
                    auto.Set();
                }

                return set;
            case WaitHandle handle:
                return handle.WaitOne(0);
            default:
                throw new ArgumentException($"{resetEvent.GetType().Name} is not an event the explorer models.", nameof(resetEvent));
        }
    }

    private static bool Set(ManualResetEventSlim slim)
    {
        slim.Set();
        return true;
    }

    private static bool Reset(ManualResetEventSlim slim)
    {
        slim.Reset();
        return true;
    }
}
