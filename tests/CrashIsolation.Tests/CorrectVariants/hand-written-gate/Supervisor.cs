using System.Diagnostics;
using System.Globalization;

namespace Kitchen.CrashIsolation;

// Correct variant, hand-written gate: no SemaphoreSlim, but a counter and a queue of waiters under a lock, each
// waiter a TaskCompletionSource that a leaving tab hands its place to. The timeout is a Task.Delay raced against the
// exit; results go into an array by index.
public sealed class Supervisor
{
    private readonly SupervisorOptions _options;
    private readonly object _gateLock = new();
    private readonly Queue<TaskCompletionSource> _waiting = new();
    private int _inside;

    public Supervisor(SupervisorOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (options.WorkerPath is null || options.WorkerPath.Length == 0)
        {
            throw new ArgumentException("WorkerPath is empty: there is no tab program to start.", nameof(options));
        }

        if (options.MaxConcurrentWorkers < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxConcurrentWorkers, "MaxConcurrentWorkers must be at least 1.");
        }

        if (options.MaxRestarts < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxRestarts, "MaxRestarts cannot be negative.");
        }

        _options = options;
    }

    public async Task<TabResult> RunAsync(TabJob job, CancellationToken cancellationToken = default)
    {
        if (job is null)
        {
            throw new ArgumentNullException(nameof(job));
        }

        for (var start = 1; ; start++)
        {
            var result = await RunOneStartAsync(job, cancellationToken);
            var restartsUsed = start - 1;
            if (result.Status == TabStatus.Crashed && restartsUsed < _options.MaxRestarts)
            {
                continue;
            }

            return result with { Attempts = start };
        }
    }

    public async Task<IReadOnlyList<TabResult>> RunAllAsync(IEnumerable<TabJob> jobs, CancellationToken cancellationToken = default)
    {
        if (jobs is null)
        {
            throw new ArgumentNullException(nameof(jobs));
        }

        var list = jobs.ToList();
        var results = new TabResult[list.Count];
        var work = new Task[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var index = i;
            work[i] = Task.Run(async () => results[index] = await RunAsync(list[index], cancellationToken), CancellationToken.None);
        }

        await Task.WhenAll(work);
        return results;
    }

    private async Task EnterAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource ticket;
        lock (_gateLock)
        {
            if (_inside < _options.MaxConcurrentWorkers)
            {
                _inside++;
                return;
            }

            ticket = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue(ticket);
        }

        // A cancelled ticket is skipped by LeaveLocked: a place is never handed to a waiter that left.
        using (cancellationToken.Register(() => ticket.TrySetCanceled(cancellationToken)))
        {
            await ticket.Task;
        }
    }

    private void Leave()
    {
        lock (_gateLock)
        {
            LeaveLocked();
        }
    }

    // Hands the place to the first waiter still waiting, or frees it.
    private void LeaveLocked()
    {
        while (_waiting.TryDequeue(out var next))
        {
            if (next.TrySetResult())
            {
                return;
            }
        }

        _inside--;
    }

    private async Task<TabResult> RunOneStartAsync(TabJob job, CancellationToken cancellationToken)
    {
        await EnterAsync(cancellationToken);
        try
        {
            using var tab = Process.Start(TabCommand.StartInfo(_options.WorkerPath)) ?? throw new InvalidOperationException("no tab");
            var started = Stopwatch.StartNew();
            var outTask = tab.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errTask = tab.StandardError.ReadToEndAsync(CancellationToken.None);
            try
            {
                await tab.StandardInput.WriteLineAsync(job.Page);
                await tab.StandardInput.FlushAsync(CancellationToken.None);
                tab.StandardInput.Close();
            }
            catch (IOException)
            {
                // Nothing listens any more.
            }

            using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var exit = tab.WaitForExitAsync(CancellationToken.None);
            var deadline = Task.Delay(_options.Timeout, giveUp.Token);
            if (await Task.WhenAny(exit, deadline) != exit)
            {
                tab.Kill(entireProcessTree: true);
                await exit;
                cancellationToken.ThrowIfCancellationRequested();
                var ran = started.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
                return new TabResult(job.Id, TabStatus.TimedOut, null, $"Gave up after {ran} seconds (Timeout {_options.Timeout}): killed the tab and its children.", 1);
            }

            await giveUp.CancelAsync();
            var page = await outTask;
            var complaints = await errTask;
            return tab.ExitCode == 0
                ? new TabResult(job.Id, TabStatus.Rendered, page, null, 1)
                : new TabResult(job.Id, TabStatus.Crashed, null, WhyItDied(tab.ExitCode, complaints), 1);
        }
        finally
        {
            Leave();
        }
    }

    private static string WhyItDied(int exitCode, string complaints)
    {
        var words = new List<string>();
        if (complaints.Contains("Stack overflow.", StringComparison.Ordinal))
        {
            words.Add("its stack ran out");
        }
        else if (complaints.Contains("Out of memory.", StringComparison.Ordinal) || complaints.Contains("OutOfMemoryException", StringComparison.Ordinal))
        {
            words.Add("memory exhausted");
        }
        else if (complaints.Contains("Process terminated.", StringComparison.Ordinal))
        {
            words.Add("Environment.FailFast was called");
        }
        else if (complaints.Contains("Unhandled exception.", StringComparison.Ordinal))
        {
            words.Add("an uncaught exception");
        }

        words.Add(!OperatingSystem.IsWindows() && exitCode > 128 && exitCode < 160
            ? $"signal {exitCode - 128}"
            : $"exit code {exitCode}");
        var tail = complaints.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).TakeLast(3).ToList();
        if (tail.Count > 0)
        {
            words.Add("last lines: " + string.Join(" | ", tail));
        }

        return string.Join("; ", words);
    }
}
