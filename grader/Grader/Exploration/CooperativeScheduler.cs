using System.Diagnostics;

namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// Runs the chefs of one schedule one at a time. Each chef has its own thread, but only the holder of the baton
/// runs; at every scheduling point the chooser decides who holds it next. Locks are modelled, so a chef that waits
/// for a held lock cannot be chosen; when nobody can be chosen and someone is still waiting, that is a deadlock.
/// </summary>
internal sealed partial class CooperativeScheduler : IDisposable
{
    private readonly Lock _sync = new();
    private readonly List<ChefSlot> _slots;
    private readonly IScheduleChooser _chooser;
    private readonly List<ScheduleDecision> _decisions = [];
    private readonly Dictionary<object, ModelledResource> _resources = new(ResourceKeys.Comparer);
    private readonly ManualResetEventSlim _allFinished = new(false);
    private readonly int _maxSteps;
    private int _steps;
    private int _earlyTimeoutsLeft;
    private volatile bool _abandoned;

    public CooperativeScheduler(IReadOnlyList<string> chefs, IScheduleChooser chooser, bool record, int maxSteps, int earlyTimeouts = 1)
    {
        _slots = [.. chefs.Select((name, i) => new ChefSlot(i, name, this))];
        _actors = _slots.Count;
        _chooser = chooser;
        _maxSteps = maxSteps;
        _earlyTimeoutsLeft = earlyTimeouts;
        Trace = record ? new ScheduleTrace(chefs) : null;
    }

    /// <summary>The words of every step, when recording.</summary>
    public ScheduleTrace? Trace { get; }

    public IReadOnlyList<ScheduleDecision> Decisions => _decisions;

    public IReadOnlyList<string> Chefs => _slots.Select(s => s.Name).ToArray();

    /// <summary>Scheduling points passed so far; the watchdog reads it to tell a chef that is stuck outside the model.</summary>
    public int Steps => Volatile.Read(ref _steps);

    /// <summary>Why this schedule cannot be trusted: code the explorer does not model. Never a failure of the learner's code.</summary>
    public string? Unmodelled { get; private set; }

    /// <summary>Who holds what and who waits for what, when the chefs deadlocked.</summary>
    public string? Deadlock { get; private set; }

    /// <summary>The first exception a chef's code threw, and which chef; the schedule ends there.</summary>
    public (string Chef, Exception Error)? Thrown { get; private set; }

    /// <summary>The first Debug.Assert that failed on a chef, in words; the schedule ends there, as the program would.</summary>
    public string? FailedAssert { get; private set; }

    public bool Abandoned => _abandoned;

    /// <summary>A chef's Debug.Assert failed: the schedule fails here, and the chef goes no further.</summary>
    public void AssertFailed(ChefSlot me, ExplorationSite site, string? message)
    {
        lock (_sync)
        {
            if (FailedAssert is null && Thrown is null && !_abandoned)
            {
                FailedAssert = $"{me.Name}'s Debug.Assert failed ({site.Location})" + (string.IsNullOrEmpty(message) ? "" : $": {message}");
                Trace?.Step(me.Index, site, "fails its Debug.Assert" + (string.IsNullOrEmpty(message) ? "" : $" ({message})"));
                GiveUpLocked(null);
            }
        }

        throw new ScheduleAbandonedException();
    }

    /// <summary>
    /// Gives each chef's body to its thread, starts the threads the kitchen's setup started (each a chef of its own,
    /// after the scenario's), and hands the baton to the first chef the chooser picks.
    /// </summary>
    public void Start(IReadOnlyList<Action> bodies, ChefThreads threads, IReadOnlyList<SpawnedChef>? startedInSetup = null)
    {
        foreach (var slot in _slots.ToArray())
        {
            threads.Run(slot.Index, () => RunChef(slot, bodies[slot.Index]));
        }

        lock (_sync)
        {
            foreach (var spawned in startedInSetup ?? [])
            {
                Spawn(spawned);
            }

            Pass(Choose(-1));
        }
    }

    /// <summary>Waits for every chef; false when the schedule was abandoned or a chef got stuck outside the model.</summary>
    public bool WaitForAll(TimeSpan stuckAfter)
    {
        var lastSteps = -1;
        var quiet = TimeSpan.Zero;
        var last = Stopwatch.GetTimestamp();
        while (!_allFinished.Wait(5))
        {
            if (_abandoned && !_retired)
            {
                // A chef threw: the schedule failed and is over; the others leave at their next step.
                return (Thrown is not null || FailedAssert is not null) && _allFinished.Wait(stuckAfter);
            }

            // On a starved machine this watchdog wakes late, and the chef gets as few turns: each wake-up counts for
            // at most one short poll, so the quiet time measures the chances the chef had, not the wall clock.
            var now = Stopwatch.GetTimestamp();
            var slept = Stopwatch.GetElapsedTime(last, now);
            last = now;
            var steps = Steps;
            if (steps != lastSteps)
            {
                (lastSteps, quiet) = (steps, TimeSpan.Zero);
            }
            else if ((quiet += slept < MostPerPoll ? slept : MostPerPoll) > stuckAfter)
            {
                GiveUp("a chef stopped at something the explorer does not model (a real wait, a Task, a sleep) or ran a long time without touching the cart");
                return false;
            }
        }

        return !_abandoned || Thrown is not null || FailedAssert is not null;
    }

    private static readonly TimeSpan MostPerPoll = TimeSpan.FromMilliseconds(20);

    /// <summary>A scheduling point: the chooser may hand the baton to another chef here.</summary>
    public void Point(ChefSlot me)
    {
        ThrowIfAbandoned();
        lock (_sync)
        {
            CountStepLocked("(a spin loop waiting for another chef?)");

            var next = Choose(me.Index);
            if (next == me.Index)
            {
                return;
            }

            Pass(next);
        }

        me.Baton.Wait();
        ThrowIfAbandoned();
    }

    /// <summary>The point before a step, left out for a step on a field only one lock's holder can touch.</summary>
    public void PointUnlessGuarded(ChefSlot me, ExplorationSite site)
    {
        if (!site.Guarded)
        {
            Point(me);
            return;
        }

        // Still a step: a loop of guarded steps alone must end at the step limit like any other.
        ThrowIfAbandoned();
        lock (_sync)
        {
            CountStepLocked("(a loop that never lets go of its lock?)");
        }
    }

    /// <summary>
    /// A chef that only waits for the others (a spin loop) lets another runnable chef go first. Like a yield in CHESS,
    /// this switch is free (not a preemption): spinning alone while the others stand still changes nothing, and
    /// without it one schedule would spin thousands of steps before the others move.
    /// </summary>
    public void Yield(ChefSlot me)
    {
        ThrowIfAbandoned();
        lock (_sync)
        {
            CountStepLocked("(a spin loop waiting for another chef?)");

            var next = Choose(-1, except: me.Index);
            if (next < 0)
            {
                return; // nobody else can run: spinning on is all there is
            }

            Pass(next);
        }

        me.Baton.Wait();
        ThrowIfAbandoned();
    }

    /// <summary>Code ran on a thread the explorer did not start: the schedule cannot be controlled.</summary>
    public void ForeignThread() => GiveUp("the code ran on a thread the explorer did not start (a Task, a new Thread, the thread pool)");

    /// <summary>Gives up on this schedule and lets every chef's thread leave.</summary>
    public void GiveUp(string reason)
    {
        lock (_sync)
        {
            GiveUpLocked(reason);
        }
    }

    public void Dispose()
    {
        _allFinished.Dispose();
        _allGone.Dispose();
        foreach (var slot in _slots)
        {
            slot.Dispose();
        }
    }

    private void RunChef(ChefSlot slot, Action body)
    {
        ExplorationHooks.Attach(slot);
        try
        {
            slot.Baton.Wait();
            if (!_abandoned)
            {
                body();
            }
        }
        catch (ScheduleAbandonedException)
        {
            // the schedule is over; the explorer already knows why
        }
        catch (Exception e) when (ExplorerFaults.IsExplorers(e))
        {
            // Thrown by the explorer's own code, not the learner's: never a failure of theirs.
            GiveUp(ExplorerFaults.Describe(e));
        }
        catch (Exception e)
        {
            // The first exception that leaves a chef fails the schedule at once: what the other chefs would do
            // afterwards is not part of the story (and a lock the chef held must not turn into a deadlock).
            lock (_sync)
            {
                if (Thrown is null && FailedAssert is null && !_abandoned)
                {
                    Thrown = (slot.Name, e);
                    Trace?.Step(slot.Index, $"throws {e.GetType().Name}: {e.Message}");
                    GiveUpLocked(null);
                }
            }
        }
        finally
        {
            ExplorationHooks.Detach();
            Finish(slot);
        }
    }

    private void Finish(ChefSlot slot)
    {
        lock (_sync)
        {
            slot.Finished = true;
            Ended(slot);
            if (_abandoned || _retired)
            {
                if (_slots.All(s => s.Finished))
                {
                    _allFinished.Set();
                    _allGone.Set();
                }

                return;
            }

            var next = Choose(-1);
            if (next < 0 && !_slots.All(s => s.Finished) && !Settled())
            {
                next = ExpireTimedWait();
            }

            if (next >= 0)
            {
                Pass(next);
            }
            else if (_slots.All(s => s.Finished))
            {
                _allFinished.Set();
                _allGone.Set();
            }
            else if (Settled())
            {
                _allFinished.Set();
            }
            else
            {
                Deadlock = DescribeDeadlock();
                GiveUpLocked(null);
            }
        }
    }

    // Called with the chef's WaitingFor set: hands the baton on and sleeps until the resource is released.
    private void Block(ChefSlot me)
    {
        lock (_sync)
        {
            var next = Choose(-1);
            if (next < 0 && Settled())
            {
                // Every chef of the scenario is done; the threads the code started sleep until Retire lets them go.
                _allFinished.Set();
            }
            else
            {
                if (next < 0)
                {
                    next = ExpireTimedWait();
                }

                if (next < 0)
                {
                    Deadlock = DescribeDeadlock();
                    GiveUpLocked(null);
                    throw new ScheduleAbandonedException();
                }

                Pass(next);
            }
        }

        me.Baton.Wait();
        ThrowIfAbandoned();
    }

    private int Choose(int current, int except = -1)
    {
        var runnable = _slots.Where(s => s.Runnable && s.Index != except).Select(s => s.Index).ToArray();
        if (runnable.Length <= 1)
        {
            return runnable.Length == 0 ? -1 : runnable[0];
        }

        var running = current >= 0 && _slots[current].Runnable ? current : -1;
        var chosen = _chooser.Choose(_decisions.Count, runnable, running);
        _decisions.Add(new ScheduleDecision(runnable, running, chosen));
        return chosen;
    }

    private void Pass(int next) => _slots[next].Baton.Release();

    private void GiveUpLocked(string? reason)
    {
        if (reason is not null && Deadlock is null)
        {
            Unmodelled ??= reason;
        }

        _abandoned = true;
        foreach (var slot in _slots.Where(s => !s.Finished))
        {
            slot.Baton.Release();
        }
    }

    private void ThrowIfAbandoned()
    {
        if (_abandoned || _retired)
        {
            throw new ScheduleAbandonedException();
        }
    }

    private string DescribeDeadlock()
    {
        var lines = _slots.Where(s => s.WaitingFor is not null || s.Spinning).Select(s =>
        {
            var holds = _resources.Values.Where(r => r.HeldBy(s.Index)).Select(r => r.Name).ToArray();
            if (s.WaitingFor is not { } waits)
            {
                return $"{s.Name} spins, waiting for another chef to change what it reads, and no chef is left to change it";
            }

            var holders = string.Join(" and ", waits.Holders().Select(h => _slots[h].Name));
            var held = holds.Length == 0 ? "nothing" : string.Join(", ", holds);
            return waits.IsThreadEnd ? $"{s.Name} holds {held} and waits for {waits.Name} (Join)"
                : waits.IsSignal
                ? $"{s.Name} holds {held} and waits for {waits.Name}, which no chef is left to give"
                : $"{s.Name} holds {held} and waits for {waits.Name} (held by {(holders.Length == 0 ? "nobody" : holders)})";
        });
        return string.Join("; ", lines) + ". Nobody can go on: a deadlock.";
    }

    /// <summary>
    /// Counts one step of the schedule (the caller holds <c>_sync</c>); past the limit it gives the schedule up, naming
    /// the likely cause, so a chef that never stops cannot hold the exploration forever.
    /// </summary>
    private void CountStepLocked(string likelyCause)
    {
        if (++_steps <= _maxSteps)
        {
            return;
        }

        var cause = likelyCause.Length == 0 ? "" : $" {likelyCause}";
        GiveUpLocked($"a chef took more than {_maxSteps:N0} steps{cause}");
        throw new ScheduleAbandonedException();
    }
}
