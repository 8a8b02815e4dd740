namespace Kitchen.CrashIsolation;

/// <summary>
/// Opens tabs, the way a browser does, and reports how each one ended. Today every page runs on a thread of this
/// very process: one chef's fire burns the whole kitchen down. Make every tab a process of its own.
/// </summary>
/// <remarks>
/// Keep the constructor and the two public methods as they are; add private fields, methods and usings as you like.
/// What a page does is in Provided/TabPage.cs; the tab program is in Tab/; the records are in Provided/Contracts.cs.
/// </remarks>
public sealed class Supervisor
{
    private readonly SupervisorOptions _options;

    /// <summary>A supervisor that runs tabs the way <paramref name="options"/> says.</summary>
    public Supervisor(SupervisorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Opens one tab and returns how it ended: rendered, crashed or timed out.</summary>
    public async Task<TabResult> RunAsync(TabJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);

        // TODO: this page runs on a thread of our own process. A page that overflows its stack, calls FailFast or
        // throws on a thread of its own takes this process down with it, and a page that hangs is never stopped.
        // Run it in a tab process instead: TabCommand.StartInfo(_options.WorkerPath).
        var html = await Task.Run(() => TabPage.Render(job.Page), cancellationToken);
        return new TabResult(job.Id, TabStatus.Rendered, html, Error: null, Attempts: 1);
    }

    /// <summary>Opens every tab, at most <see cref="SupervisorOptions.MaxConcurrentWorkers"/> at once, and returns their results in the order of the jobs.</summary>
    public async Task<IReadOnlyList<TabResult>> RunAllAsync(IEnumerable<TabJob> jobs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);

        // TODO: every tab starts at once, however many there are.
        return await Task.WhenAll(jobs.Select(job => RunAsync(job, cancellationToken)));
    }
}
