using System.Diagnostics;

namespace Kitchen.CrashIsolation;

// Rule-breaker (task 4): everything right, but a timed-out tab's Error is a vague "the tab timed out", without
// how long it was given.
public sealed class Supervisor
{
    private readonly SupervisorOptions _options;

    // One place per tab process allowed to live at once.
    private readonly SemaphoreSlim _places;

    /// <summary>A supervisor that runs tabs the way <paramref name="options"/> says.</summary>
    public Supervisor(SupervisorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.WorkerPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentWorkers, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRestarts);
        _options = options;
        _places = new SemaphoreSlim(options.MaxConcurrentWorkers, options.MaxConcurrentWorkers);
    }

    /// <summary>Opens one tab and returns how it ended: rendered, crashed or timed out.</summary>
    public async Task<TabResult> RunAsync(TabJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        for (var attempt = 1; ; attempt++)
        {
            var result = await RunOnceAsync(job, cancellationToken);

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
        return await Task.WhenAll(jobs.Select(job => RunAsync(job, cancellationToken)));
    }

    private async Task<TabResult> RunOnceAsync(TabJob job, CancellationToken cancellationToken)
    {
        await _places.WaitAsync(cancellationToken);
        try
        {
            using var tab = Process.Start(TabCommand.StartInfo(_options.WorkerPath))
                ?? throw new InvalidOperationException("The tab program did not start.");

            // Read both streams from the start: a tab that fills a pipe nobody reads would wait forever.
            var output = tab.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var error = tab.StandardError.ReadToEndAsync(CancellationToken.None);
            await SendPageAsync(tab, job.Page);

            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(_options.Timeout);
            try
            {
                await tab.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                // Too slow, or the caller gave up: the tab goes, and everything it started goes with it.
                KillTree(tab);
                await tab.WaitForExitAsync(CancellationToken.None);
                cancellationToken.ThrowIfCancellationRequested();
                return new TabResult(job.Id, TabStatus.TimedOut, null, "the tab timed out", 1);
            }

            var html = await output;
            var stderr = await error;
            return tab.ExitCode == 0
                ? new TabResult(job.Id, TabStatus.Rendered, html, null, 1)
                : new TabResult(job.Id, TabStatus.Crashed, null, CrashReason(tab.ExitCode, stderr), 1);
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
            await tab.StandardInput.WriteAsync(page);
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

    // A person's words from what the operating system and the .NET runtime left behind.
    private static string CrashReason(int exitCode, string stderr)
    {
        var what = stderr.Contains("Stack overflow.", StringComparison.Ordinal) ? "stack overflow"
            : stderr.Contains("Out of memory.", StringComparison.Ordinal) || stderr.Contains("OutOfMemoryException", StringComparison.Ordinal) ? "out of memory"
            : stderr.Contains("Process terminated.", StringComparison.Ordinal) ? "Environment.FailFast"
            : stderr.Contains("Unhandled exception.", StringComparison.Ordinal) ? "unhandled exception"
            : null;

        // On Linux and macOS a process killed by signal N reports exit code 128 + N.
        var how = !OperatingSystem.IsWindows() && exitCode is > 128 and < 160 ? $"killed by signal {exitCode - 128}" : $"exit code {exitCode}";
        var lastWords = string.Join(" | ", stderr.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(3));
        var reason = what is null ? how : $"{what} ({how})";
        return lastWords.Length == 0 ? reason : $"{reason}: {lastWords}";
    }
}
