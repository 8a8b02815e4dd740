namespace KitchenKatas.Grader.Exploration;

/// <summary>One chef under the cooperative scheduler: its thread waits on its baton until the scheduler picks it.</summary>
internal sealed class ChefSlot(int index, string name, CooperativeScheduler scheduler) : IDisposable
{
    public int Index { get; } = index;

    public string Name { get; } = name;

    public CooperativeScheduler Scheduler { get; } = scheduler;

    public SemaphoreSlim Baton { get; } = new(0);

    /// <summary>For a thread the learner's code started: that thread; null for the scenario's chefs.</summary>
    public SpawnedChef? Spawned { get; init; }

    /// <summary>The modelled lock (or semaphore) this chef waits for; null when it can run.</summary>
    public ModelledResource? WaitingFor { get; set; }

    public bool Finished { get; set; }

    /// <summary>The chef waits with a timeout (<see cref="WaitingFor"/> is set): it can give up instead of deadlocking.</summary>
    public bool TimedWait { get; set; }

    /// <summary>Set when the timed wait ended because nobody else could go on: the attempt returns false.</summary>
    public bool TimedOut { get; set; }

    /// <summary>The chef spins, waiting for another to change what it reads: it cannot run until someone writes.</summary>
    public bool Spinning { get; set; }

    /// <summary>Another chef changed something since this chef's last spin round began: the next round may read it.</summary>
    public bool ChangedSinceSpin { get; set; }

    public bool Runnable => !Finished && WaitingFor is null && !Spinning;

    public void Dispose() => Baton.Dispose();
}
