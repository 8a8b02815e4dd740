using System.Diagnostics;

namespace Kitchen.CrashIsolation;

// Correct variant, Parallel.ForEachAsync style: RunAllAsync hands the jobs to Parallel.ForEachAsync and writes each
// result into its own slot, so the order of the jobs is kept. Parallel.ForEachAsync limits only its own call, so the
// supervisor-wide limit is a semaphore every tab start goes through. The timeout is a Task.Delay raced against the exit.
public sealed class Supervisor
{
    private readonly SupervisorOptions _options;
    private readonly SemaphoreSlim _stoves;

    public Supervisor(SupervisorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.WorkerPath))
        {
            throw new ArgumentException("A supervisor needs a tab program to start.", nameof(options.WorkerPath));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentWorkers, 1, nameof(options.MaxConcurrentWorkers));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRestarts, nameof(options.MaxRestarts));
        _options = options;
        _stoves = new SemaphoreSlim(options.MaxConcurrentWorkers);
    }

    public async Task<TabResult> RunAsync(TabJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        TabResult last;
        var tries = 0;
        do
        {
            tries++;
            last = await OpenTabAsync(job, cancellationToken);
        }
        while (last.Status == TabStatus.Crashed && tries <= _options.MaxRestarts);

        return last with { Attempts = tries };
    }

    public async Task<IReadOnlyList<TabResult>> RunAllAsync(IEnumerable<TabJob> jobs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var list = jobs.ToArray();
        var results = new TabResult[list.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentWorkers, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, list.Length), parallel, async (i, token) =>
            results[i] = await RunAsync(list[i], token));
        return results;
    }

    private async Task<TabResult> OpenTabAsync(TabJob job, CancellationToken cancellationToken)
    {
        await _stoves.WaitAsync(cancellationToken);
        try
        {
            var tab = Process.Start(TabCommand.StartInfo(_options.WorkerPath))!;
            using (tab)
            {
                var stdout = tab.StandardOutput.ReadToEndAsync(CancellationToken.None);
                var stderr = tab.StandardError.ReadToEndAsync(CancellationToken.None);
                try
                {
                    using (var input = tab.StandardInput)
                    {
                        await input.WriteAsync(job.Page);
                    }
                }
                catch (IOException)
                {
                    // The tab is already gone; its exit code tells the story.
                }

                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var exited = tab.WaitForExitAsync(stop.Token);
                var ranOut = Task.Delay(_options.Timeout, stop.Token);
                var cancelled = Task.Delay(Timeout.Infinite, cancellationToken);
                var first = await Task.WhenAny(exited, ranOut, cancelled);
                if (first != exited || !exited.IsCompletedSuccessfully)
                {
                    await stop.CancelAsync();
                    if (!tab.HasExited)
                    {
                        tab.Kill(entireProcessTree: true);
                    }

                    await tab.WaitForExitAsync(CancellationToken.None);
                    cancellationToken.ThrowIfCancellationRequested();
                    return new TabResult(job.Id, TabStatus.TimedOut, null,
                        $"Timed out: the tab was still busy after {_options.Timeout.TotalSeconds:0.0} seconds, so it and everything it started were killed.", 1);
                }

                await stop.CancelAsync();
                var html = await stdout;
                var errorText = await stderr;
                return tab.ExitCode == 0
                    ? new TabResult(job.Id, TabStatus.Rendered, html, null, 1)
                    : new TabResult(job.Id, TabStatus.Crashed, null, Explain(tab.ExitCode, errorText), 1);
            }
        }
        finally
        {
            _stoves.Release();
        }
    }

    private static string Explain(int code, string errorText)
    {
        string? cause = null;
        if (errorText.Contains("Stack overflow.", StringComparison.Ordinal))
        {
            cause = "StackOverflow";
        }
        else if (errorText.Contains("Out of memory.", StringComparison.Ordinal) || errorText.Contains("System.OutOfMemoryException", StringComparison.Ordinal))
        {
            cause = "OutOfMemory";
        }
        else if (errorText.Contains("Process terminated.", StringComparison.Ordinal))
        {
            cause = "FailFast";
        }
        else if (errorText.Contains("Unhandled exception.", StringComparison.Ordinal))
        {
            cause = "uncaught exception";
        }

        var ending = !OperatingSystem.IsWindows() && code > 128 && code <= 192 ? $"SIG{SignalName(code - 128)} (signal {code - 128})" : $"exit code {code}";
        var tail = errorText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(3);
        return $"[{cause ?? "crash"}] [{ending}] {string.Join(" ~ ", tail)}".TrimEnd();
    }

    private static string SignalName(int signal) => signal switch
    {
        6 => "ABRT",
        9 => "KILL",
        11 => "SEGV",
        15 => "TERM",
        _ => signal.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
