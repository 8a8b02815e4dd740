using System.Diagnostics;

namespace KitchenKatas.Grader.Stress;

/// <summary>
/// One set of long-lived chef threads that runs trial after trial: the first thread (the leader) makes the
/// state, opens the gate, acts, waits for the others, then asks the arbiter. Several lanes run side by side
/// on many-core machines.
/// </summary>
internal sealed class TrialLane<TState, TOutcome>
    where TState : class
    where TOutcome : notnull
{
    private readonly StressScenario<TState, TOutcome> _scenario;
    private readonly RunControl _control;
    private readonly StressOptions _options;
    private readonly IReadOnlyList<int> _cpus;
    private readonly Random _random;
    private readonly Thread[] _threads;
    private readonly int[] _skew;
    private readonly Exception?[] _thrown;
    private readonly long[] _finishedEpoch;
    private TState? _state;
    private long _epoch;
    private int _done;
    private int _leaderGone;
    private long _trialStartedAt;
    private int _phase; // 0 idle, 1 setup, 2 chefs, 3 arbiter

    public TrialLane(StressScenario<TState, TOutcome> scenario, RunControl control, StressOptions options, IReadOnlyList<int> cpus, int index)
    {
        _scenario = scenario;
        _control = control;
        _options = options;
        _cpus = cpus;
        _random = new Random(unchecked(options.Seed + (index * 7919)));
        var chefs = scenario.Chefs.Count;
        _skew = new int[chefs];
        _thrown = new Exception?[chefs];
        _finishedEpoch = new long[chefs];
        _threads = new Thread[chefs];
        for (var j = 0; j < chefs; j++)
        {
            var chef = j;
            var cpu = cpus.Count == 0 ? -1 : cpus[((index * chefs) + j) % cpus.Count];
            _threads[j] = new Thread(() => Work(chef, cpu), maxStackSize: 4 * 1024 * 1024)
            {
                IsBackground = true, // a chef stuck in learner code must never keep the process alive
                Name = $"{scenario.Chefs[j].Name} (lane {index})",
            };
        }
    }

    public OutcomeTally<TOutcome> Tally { get; } = new();

    public bool Finished => Volatile.Read(ref _leaderGone) != 0;

    public void Start()
    {
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    /// <summary>Who is still busy in a trial that has run longer than <paramref name="timeout"/>; null if none.</summary>
    public string? StuckFor(TimeSpan timeout)
    {
        var phase = Volatile.Read(ref _phase);
        var startedAt = Volatile.Read(ref _trialStartedAt);
        if (phase == 0 || Finished || Stopwatch.GetElapsedTime(startedAt) < timeout)
        {
            return null;
        }

        var epoch = Volatile.Read(ref _epoch);
        return phase switch
        {
            1 => "the kitchen's own setup (the constructor)",
            3 => "the final check that reads the result (it never returned)",
            _ => string.Join(" and ", _scenario.Chefs
                .Where((_, j) => Volatile.Read(ref _finishedEpoch[j]) < epoch)
                .Select(a => a.Name)),
        };
    }

    private void Work(int chef, int cpu)
    {
        if (_options.PinThreads && cpu >= 0)
        {
            CoreAffinity.PinCurrentThread(cpu);
        }

        if (chef == 0)
        {
            Lead();
        }
        else
        {
            Follow(chef);
        }
    }

    private void Lead()
    {
        var chefs = _scenario.Chefs.Count;
        try
        {
            long epoch = 0;
            while (!_control.StopRequested)
            {
                Volatile.Write(ref _trialStartedAt, Stopwatch.GetTimestamp());
                Volatile.Write(ref _phase, 1);
                TState state;
                try
                {
                    state = _scenario.CreateState();
                }
                catch (Exception e)
                {
                    Record(TrialEnd<TOutcome>.Threw("setup", e));
                    continue;
                }

                for (var j = 0; j < chefs; j++)
                {
                    _thrown[j] = null;
                    _skew[j] = _random.Next(2) == 0 ? 0 : _random.Next(_options.MaxStartSkew + 1);
                }

                _state = state;
                epoch++;
                Volatile.Write(ref _phase, 2);
                Volatile.Write(ref _epoch, epoch); // opens the gate
                Act(0, state, epoch);

                var spins = 0;
                while (Volatile.Read(ref _done) < chefs * epoch)
                {
                    if (!SpinGate.Pause(ref spins, _control))
                    {
                        return;
                    }
                }

                Volatile.Write(ref _phase, 3);
                Record(Judge(state));
                Volatile.Write(ref _phase, 0);
            }
        }
        finally
        {
            Volatile.Write(ref _leaderGone, 1);
        }
    }

    private void Follow(int chef)
    {
        for (long epoch = 1; ; epoch++)
        {
            var spins = 0;
            while (Volatile.Read(ref _epoch) < epoch)
            {
                if (Finished || !SpinGate.Pause(ref spins, _control))
                {
                    return;
                }
            }

            Act(chef, _state!, epoch);
        }
    }

    private void Act(int chef, TState state, long epoch)
    {
        SpinGate.Skew(_skew[chef]);
        try
        {
            _scenario.Chefs[chef].Act(state);
        }
        catch (Exception e)
        {
            _thrown[chef] = e;
        }

        Volatile.Write(ref _finishedEpoch[chef], epoch);
        Interlocked.Increment(ref _done);
    }

    private TrialEnd<TOutcome> Judge(TState state)
    {
        for (var j = 0; j < _thrown.Length; j++)
        {
            if (_thrown[j] is { } e)
            {
                return TrialEnd<TOutcome>.Threw(_scenario.Chefs[j].Name, e);
            }
        }

        try
        {
            return TrialEnd<TOutcome>.Read(_scenario.Arbiter(state));
        }
        catch (Exception e)
        {
            return TrialEnd<TOutcome>.Threw("the final check", e);
        }
    }

    private void Record(TrialEnd<TOutcome> end)
    {
        _control.TrialDone();
        if (Tally.Add(end, _scenario) == OutcomeGrade.Forbidden)
        {
            _control.ForbiddenSeen();
        }
    }
}
