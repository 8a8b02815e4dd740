namespace Kitchen.CrashIsolation.Checks.Harness;

/// <summary>Inside the harness: hands the supervisor one bad argument at a time and writes down how it refused.</summary>
public static class BadArgumentCalls
{
    // Each call with one bad argument, as a learner would write it, and how to make it from good options.
    private static readonly (string Name, Func<SupervisorOptions, Task> Make)[] Spoiled =
    [
        ("new Supervisor(null)", _ => Build(null!)),
        ("new Supervisor(options with { WorkerPath = \"\" })", o => Build(o with { WorkerPath = "" })),
        ("new Supervisor(options with { MaxConcurrentWorkers = 0 })", o => Build(o with { MaxConcurrentWorkers = 0 })),
        ("new Supervisor(options with { MaxRestarts = -1 })", o => Build(o with { MaxRestarts = -1 })),
        ("RunAsync(null)", o => new Supervisor(o).RunAsync(null!)),
        ("RunAllAsync(null)", o => new Supervisor(o).RunAllAsync(null!)),
    ];

    /// <summary>The calls check 9 makes, each with one bad argument, in the order it reports them.</summary>
    public static IReadOnlyList<string> Calls { get; } = [.. Spoiled.Select(s => s.Name)];

    /// <summary>Makes every call of <see cref="Calls"/>; <paramref name="options"/> are good options to spoil one at a time.</summary>
    public static async Task<IReadOnlyList<Refusal>> TryAllAsync(SupervisorOptions options, TimeSpan patience)
    {
        ArgumentNullException.ThrowIfNull(options);
        var refusals = new List<Refusal>();
        foreach (var (name, make) in Spoiled)
        {
            refusals.Add(await TryAsync(name, () => make(options), patience));
        }

        return refusals;
    }

    private static Task Build(SupervisorOptions options)
    {
        _ = new Supervisor(options);
        return Task.CompletedTask;
    }

    // On the thread pool: a constructor or a call that blocks must not block the harness.
    private static async Task<Refusal> TryAsync(string name, Func<Task> call, TimeSpan patience)
    {
        var running = Task.Run(call);
        if (await Task.WhenAny(running, Task.Delay(patience)) != running)
        {
            return new Refusal(name, null, null, null, StillRunning: true);
        }

        try
        {
            await running;
            return new Refusal(name, null, null, null, StillRunning: false);
        }
        catch (Exception e)
        {
            return new Refusal(name, e.GetType().FullName, (e as ArgumentException)?.ParamName, e.Message, StillRunning: false);
        }
    }
}
