using System.Diagnostics;

namespace Kitchen.CrashIsolation;

// Correct: each tab gets its own TabWatch, whose local reading function owns its fields until it is awaited.
public sealed class Supervisor
{
    private readonly SupervisorOptions _options;
    private readonly SemaphoreSlim _places;

    public Supervisor(SupervisorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.WorkerPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentWorkers, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRestarts);
        _options = options;
        _places = new SemaphoreSlim(options.MaxConcurrentWorkers, options.MaxConcurrentWorkers);
    }

    public async Task<TabResult> RunAsync(TabJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var attempt = 1;
        while (true)
        {
            var result = await RunOnceAsync(job, cancellationToken);
            if (result.Status != TabStatus.Crashed || attempt > _options.MaxRestarts)
            {
                return result with { Attempts = attempt };
            }

            attempt++;
        }
    }

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
            return await new TabWatch(tab, job, _options.Timeout).WatchAsync(cancellationToken);
        }
        finally
        {
            _places.Release();
        }
    }
}

// One tab from its page to its end: standard error is read line by line while the tab runs.
public sealed class TabWatch(Process tab, TabJob job, TimeSpan timeout)
{
    private readonly List<string> _lastLines = new();
    private bool _overflowed;
    private bool _outOfMemory;
    private bool _failFast;
    private bool _unhandled;

    public async Task<TabResult> WatchAsync(CancellationToken cancellationToken)
    {
        var output = tab.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var reading = ReadErrorAsync();
        try
        {
            await tab.StandardInput.WriteAsync(job.Page);
            tab.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tab died before it read its page; its exit code says why.
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await tab.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            try
            {
                tab.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended on its own just now.
            }

            await tab.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            return new TabResult(job.Id, TabStatus.TimedOut, null, $"no answer within {timeout.TotalSeconds:0.#} s, so the tab and all it started were killed", 1);
        }

        var html = await output;
        await reading;
        if (tab.ExitCode == 0)
        {
            return new TabResult(job.Id, TabStatus.Rendered, html, null, 1);
        }

        var what = _overflowed ? "stack overflow" : _outOfMemory ? "out of memory" : _failFast ? "Environment.FailFast" : _unhandled ? "unhandled exception" : null;
        var how = !OperatingSystem.IsWindows() && tab.ExitCode is > 128 and < 160 ? $"killed by signal {tab.ExitCode - 128}" : $"exit code {tab.ExitCode}";
        var reason = what is null ? how : $"{what} ({how})";
        var lastWords = string.Join(" | ", _lastLines.TakeLast(3));
        return new TabResult(job.Id, TabStatus.Crashed, null, lastWords.Length == 0 ? reason : $"{reason}: {lastWords}", 1);

        async Task ReadErrorAsync()
        {
            string? line;
            while ((line = await tab.StandardError.ReadLineAsync()) != null)
            {
                _overflowed |= line.StartsWith("Stack overflow.", StringComparison.Ordinal);
                _outOfMemory |= line.Contains("Out of memory.", StringComparison.Ordinal) || line.Contains("OutOfMemoryException", StringComparison.Ordinal);
                _failFast |= line.StartsWith("Process terminated.", StringComparison.Ordinal);
                _unhandled |= line.StartsWith("Unhandled exception.", StringComparison.Ordinal);
                if (line.Trim().Length > 0)
                {
                    _lastLines.Add(line.Trim());
                }
            }
        }
    }
}
