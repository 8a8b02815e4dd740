using System.Diagnostics;

namespace Kitchen.CrashIsolation;

// Correct variant, Exited-event style: the tab's end is a TaskCompletionSource set by Process.Exited, and standard
// output and error are gathered line by line with OutputDataReceived and ErrorDataReceived; the timeout and the
// caller's cancellation are token registrations that kill the tab's tree. A tab is reported only once both streams
// are closed and its exit is seen.
public sealed class Supervisor
{
    private readonly SupervisorOptions _options;
    private readonly SemaphoreSlim _room;

    public Supervisor(SupervisorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.WorkerPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentWorkers, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRestarts);
        _options = options;
        _room = new SemaphoreSlim(options.MaxConcurrentWorkers, options.MaxConcurrentWorkers);
    }

    public async Task<TabResult> RunAsync(TabJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var attempt = 0;
        while (true)
        {
            attempt++;
            var result = await AttemptAsync(job, cancellationToken);
            var mayRetry = result.Status == TabStatus.Crashed && attempt - 1 < _options.MaxRestarts;
            if (!mayRetry)
            {
                return result with { Attempts = attempt };
            }
        }
    }

    public async Task<IReadOnlyList<TabResult>> RunAllAsync(IEnumerable<TabJob> jobs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var running = new List<Task<TabResult>>();
        foreach (var job in jobs)
        {
            running.Add(RunAsync(job, cancellationToken));
        }

        return await Task.WhenAll(running);
    }

    private async Task<TabResult> AttemptAsync(TabJob job, CancellationToken cancellationToken)
    {
        await _room.WaitAsync(cancellationToken);
        try
        {
            return await WatchTabAsync(job, cancellationToken);
        }
        finally
        {
            _room.Release();
        }
    }

    private async Task<TabResult> WatchTabAsync(TabJob job, CancellationToken cancellationToken)
    {
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var outputDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errorDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        var error = new List<string>();
        using var tab = new Process { StartInfo = TabCommand.StartInfo(_options.WorkerPath), EnableRaisingEvents = true };
        tab.Exited += (_, _) => exited.TrySetResult();
        tab.OutputDataReceived += (_, e) => Collect(output, e.Data, outputDone);
        tab.ErrorDataReceived += (_, e) => Collect(error, e.Data, errorDone);
        tab.Start();
        tab.BeginOutputReadLine();
        tab.BeginErrorReadLine();
        try
        {
            tab.StandardInput.Write(job.Page);
            tab.StandardInput.Close();
        }
        catch (IOException)
        {
            // It died before it read the page.
        }

        var killedForTime = false;
        using var timer = new CancellationTokenSource(_options.Timeout);
        using (timer.Token.Register(() => { killedForTime = true; KillTree(tab); }))
        using (cancellationToken.Register(() => KillTree(tab)))
        {
            await exited.Task;
        }

        await Task.WhenAll(outputDone.Task, errorDone.Task);
        tab.WaitForExit();
        cancellationToken.ThrowIfCancellationRequested();
        if (killedForTime)
        {
            return new TabResult(job.Id, TabStatus.TimedOut, null, $"Killed after running past its timeout of {_options.Timeout.TotalSeconds:0.##} s (helpers included).", 1);
        }

        if (tab.ExitCode == 0)
        {
            return new TabResult(job.Id, TabStatus.Rendered, string.Join('\n', output), null, 1);
        }

        return new TabResult(job.Id, TabStatus.Crashed, null, Verdict(tab.ExitCode, error), 1);
    }

    private static void Collect(List<string> lines, string? line, TaskCompletionSource done)
    {
        if (line is null)
        {
            done.TrySetResult();
            return;
        }

        lock (lines)
        {
            lines.Add(line);
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
            // Exited just before.
        }
    }

    private static string Verdict(int exitCode, List<string> error)
    {
        var all = string.Join('\n', error);
        var what = all switch
        {
            _ when all.Contains("Stack overflow.", StringComparison.Ordinal) => "a stack overflow",
            _ when all.Contains("Out of memory.", StringComparison.Ordinal) => "out of memory",
            _ when all.Contains("OutOfMemoryException", StringComparison.Ordinal) => "out of memory",
            _ when all.Contains("Process terminated.", StringComparison.Ordinal) => "fail-fast",
            _ when all.Contains("Unhandled exception.", StringComparison.Ordinal) => "an unhandled exception",
            _ => "its own choice",
        };
        var how = OperatingSystem.IsWindows() || exitCode is <= 128 or > 192 ? $"exit code {exitCode}" : $"killed by signal {exitCode - 128}";
        var last = error.Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(3);
        return $"Crashed by {what}, {how}. Its last words: {string.Join(" | ", last)}";
    }
}
