using System.Runtime.CompilerServices;

namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// The hooks for threads the learner's code makes: <c>new Thread(body)</c> becomes
/// <c>ThreadMade(new Thread(ThreadBody(body)))</c>, and <c>Start</c>/<c>Join</c> are replaced. Started by a chef, a
/// thread becomes a chef of its own; started while the kitchen is set up, it becomes one when the schedule starts;
/// anywhere else it runs as written.
/// </summary>
public static partial class ExplorationHooks
{
    private static readonly ConditionalWeakTable<Thread, SpawnedChef> Made = new();

    // Between ThreadBody and ThreadMade, on the thread evaluating one `new Thread(...)`.
    [ThreadStatic]
    private static SpawnedChef? _making;

    // Threads started while a schedule's kitchen is set up, in the order they started.
    [ThreadStatic]
    private static List<SpawnedChef>? _startedInSetup;

    /// <summary>Wraps the body of a <c>new Thread(body)</c>, so the thread can run it as a chef.</summary>
    public static ThreadStart ThreadBody(ThreadStart body)
    {
        var chef = new SpawnedChef(body);
        _making = chef;
        return chef.Run;
    }

    /// <summary>Wraps the body of a <c>new Thread(body)</c> that takes an argument.</summary>
    public static ParameterizedThreadStart ThreadBody(ParameterizedThreadStart body)
    {
        var chef = new SpawnedChef(body);
        _making = chef;
        return chef.RunWith;
    }

    /// <summary>The thread just made with a body from <see cref="ThreadBody(ThreadStart)"/>.</summary>
    public static Thread ThreadMade(Thread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (_making is { } chef)
        {
            _making = null;
            chef.Thread = thread;
            Made.AddOrUpdate(thread, chef);
        }

        return thread;
    }

    /// <summary>Replaces <c>thread.Start()</c>.</summary>
    public static void ThreadStart(int site, Thread thread) => Start(site, thread, null, withArgument: false);

    /// <summary>Replaces <c>thread.Start(argument)</c>.</summary>
    public static void ThreadStart(int site, Thread thread, object? argument) => Start(site, thread, argument, withArgument: true);

    /// <summary>Replaces <c>thread.Join()</c>.</summary>
    public static void ThreadJoin(int site, Thread thread) => ThreadJoin(site, thread, Timeout.Infinite);

    /// <summary>Replaces <c>thread.Join(ms)</c>.</summary>
    public static bool ThreadJoin(int site, Thread thread, int millisecondsTimeout)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (Chef() is not { } me)
        {
            return thread.Join(millisecondsTimeout);
        }

        if (!Made.TryGetValue(thread, out var chef))
        {
            me.Scheduler.GiveUp("a chef joined a thread the learner's code did not make");
            throw new ScheduleAbandonedException();
        }

        return me.Scheduler.Join(me, chef, ExplorationSites.Get(site), Patiences.Of(millisecondsTimeout));
    }

    /// <summary>Replaces <c>thread.Join(timeout)</c>.</summary>
    public static bool ThreadJoin(int site, Thread thread, TimeSpan timeout) => ThreadJoin(site, thread, (int)timeout.TotalMilliseconds);

    /// <summary>Collects the threads started on this thread while a schedule's kitchen is set up, until disposed.</summary>
    internal static IDisposable CollectSetupThreads(out IReadOnlyList<SpawnedChef> started)
    {
        var list = new List<SpawnedChef>();
        _startedInSetup = list;
        started = list;
        return new SetupEnds();
    }

    private static void Start(int site, Thread thread, object? argument, bool withArgument)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var me = Chef();
        if (!Made.TryGetValue(thread, out var chef) || (me is null && _startedInSetup is null))
        {
            if (me is not null)
            {
                me.Scheduler.GiveUp("a chef started a thread the learner's code did not make");
                throw new ScheduleAbandonedException();
            }

            if (withArgument)
            {
                thread.Start(argument);
            }
            else
            {
                thread.Start();
            }

            return;
        }

        chef.Argument = argument;
        if (me is not null)
        {
            me.Scheduler.StartThread(me, chef, ExplorationSites.Get(site));
        }
        else if (_startedInSetup!.Contains(chef))
        {
            throw new ThreadStateException("Thread is running or terminated; it cannot restart.");
        }
        else
        {
            _startedInSetup.Add(chef);
        }
    }

    private sealed class SetupEnds : IDisposable
    {
        public void Dispose() => _startedInSetup = null;
    }
}
