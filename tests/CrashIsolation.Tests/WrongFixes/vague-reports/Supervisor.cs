using System.Diagnostics;

namespace Kitchen.CrashIsolation;

// Wrong fix: the reference, but its reports are vague. A crash is "crashed" and the tab's last words, with no name
// and no signal; a timed-out tab gets no Error; bad options are taken as they come. It fails checks 3, 4 and 9.
public sealed class Supervisor
{
    private readonly SupervisorOptions _options;

    // One place per tab process allowed to live at once.
    private readonly SemaphoreSlim _places;

    /// <summary>A supervisor that runs tabs the way <paramref name="options"/> says.</summary>
    public Supervisor(SupervisorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _places = new SemaphoreSlim(options.MaxConcurrentWorkers, options.MaxConcurrentWorkers);
    }

    /// <summary>Opens one tab and returns how it ended: rendered, crashed or timed out.</summary>
    public async Task<TabResult> RunAsync(TabJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        for (var attempt = 1; ; attempt++)
        {
            var result = await RunOnceAsync(job, cancellationToken).ConfigureAwait(false);

            // A crash may be bad luck, so the tab gets another try; a hang would only hang again.
            if (result.Status != TabStatus.Crashed || attempt > _options.MaxRestarts)
            {
                return result with { Attempts = attempt };
            }
        }
    }

    /// <summary>Opens every tab, at most <see cref="SupervisorOptions.MaxConcurrentWorkers"/> at once, and returns their results in the order of the jobs.</summary>
    public async Task<IReadOnlyList<TabResult>> RunAllAsync(IEnumerable<TabJob> jobs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return await Task.WhenAll(jobs.Select(job => RunAsync(job, cancellationToken))).ConfigureAwait(false);
    }

    private async Task<TabResult> RunOnceAsync(TabJob job, CancellationToken cancellationToken)
    {
        await _places.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var tab = Process.Start(TabCommand.StartInfo(_options.WorkerPath))
                ?? throw new InvalidOperationException("The tab program did not start.");

            // Read both streams from the start: a tab that fills a pipe nobody reads would wait forever.
            var output = tab.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var error = tab.StandardError.ReadToEndAsync(CancellationToken.None);
            await SendPageAsync(tab, job.Page).ConfigureAwait(false);

            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(_options.Timeout);
            try
            {
                await tab.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Too slow, or the caller gave up: the tab goes, and everything it started goes with it.
                KillTree(tab);
                await tab.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                return new TabResult(job.Id, TabStatus.TimedOut, null, null, 1);
            }

            var html = await output.ConfigureAwait(false);
            var stderr = await error.ConfigureAwait(false);
            return tab.ExitCode == 0
                ? new TabResult(job.Id, TabStatus.Rendered, html, null, 1)
                : new TabResult(job.Id, TabStatus.Crashed, null, CrashReason(stderr), 1);
        }
        finally
        {
            _places.Release();
        }
    }

    private static async Task SendPageAsync(Process tab, string page)
    {
        try
        {
            await tab.StandardInput.WriteAsync(page).ConfigureAwait(false);
            tab.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tab died before it read its page; its exit code will say why.
        }
    }

    private static void KillTree(Process tab)
    {
        try
        {
            tab.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own just now.
        }
    }

    private static string CrashReason(string stderr) =>
        "crashed: " + string.Join(" | ", stderr.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(3));
}
