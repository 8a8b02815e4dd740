namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// A thread made by the learner's code (<c>new Thread(body)</c>), as the explorer knows it: its body, and once it is
/// started under the explorer, the chef it runs as. Its real thread runs the body as that chef.
/// </summary>
internal sealed class SpawnedChef(Delegate body)
{
    private Thread? _thread;

    /// <summary>The learner's Thread object; the real thread, so Thread.CurrentThread and IsAlive stay true.</summary>
    public Thread Thread
    {
        get => _thread ?? throw new InvalidOperationException("The thread was made outside the learner's code.");
        set => _thread = value;
    }

    /// <summary>The argument of <c>Start(argument)</c>, for a <see cref="ParameterizedThreadStart"/> body.</summary>
    public object? Argument { get; set; }

    /// <summary>The chef this thread runs as; null until it is started under the explorer.</summary>
    public ChefSlot? Slot { get; set; }

    /// <summary>What the real thread runs in place of the learner's body (the Thread object was made with it).</summary>
    public void Run() => Go();

    /// <inheritdoc cref="Run"/>
    public void RunWith(object? argument)
    {
        Argument = argument;
        Go();
    }

    /// <summary>Starts the real thread, with the argument it was started with.</summary>
    public void StartReal()
    {
        if (body is ParameterizedThreadStart)
        {
            Thread.Start(Argument);
        }
        else
        {
            Thread.Start();
        }
    }

    private void Go()
    {
        if (Slot is { } slot)
        {
            slot.Scheduler.RunSpawned(slot, Body);
        }
        else
        {
            Body(); // started outside the explorer: the thread runs as written
        }
    }

    private void Body()
    {
        if (body is ParameterizedThreadStart withArgument)
        {
            withArgument(Argument);
        }
        else
        {
            ((ThreadStart)body)();
        }
    }
}
