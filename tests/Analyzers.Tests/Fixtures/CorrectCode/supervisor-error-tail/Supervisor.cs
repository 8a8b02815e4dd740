using System.Diagnostics;

namespace Kitchen.CrashIsolation;

// Correct: each tab gets its own ErrorTail, whose one reading task owns its fields until it is awaited.
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
            var output = tab.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var tail = new ErrorTail();
            tail.Start(tab.StandardError);
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
            deadline.CancelAfter(_options.Timeout);
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
                return new TabResult(job.Id, TabStatus.TimedOut, null, $"no answer within {_options.Timeout.TotalSeconds:0.#} s, so the tab and all it started were killed", 1);
            }

            var html = await output;
            var error = await tail.DescribeAsync(tab.ExitCode);
            return tab.ExitCode == 0
                ? new TabResult(job.Id, TabStatus.Rendered, html, null, 1)
                : new TabResult(job.Id, TabStatus.Crashed, null, error, 1);
        }
        finally
        {
            _places.Release();
        }
    }
}

// What one tab says on standard error: read line by line while it runs, so the pipe never fills up.
public sealed class ErrorTail
{
    private readonly Queue<string> _lastLines = new();
    private string? _what;
    private Task _reading = Task.CompletedTask;

    public void Start(StreamReader error) => _reading = Task.Run(async () =>
    {
        while (await error.ReadLineAsync() is { } line)
        {
            _what ??= line.StartsWith("Stack overflow.", StringComparison.Ordinal) ? "stack overflow"
                : line.Contains("Out of memory.", StringComparison.Ordinal) || line.Contains("OutOfMemoryException", StringComparison.Ordinal) ? "out of memory"
                : line.StartsWith("Process terminated.", StringComparison.Ordinal) ? "Environment.FailFast"
                : line.StartsWith("Unhandled exception.", StringComparison.Ordinal) ? "unhandled exception"
                : null;
            if (line.Trim().Length > 0)
            {
                _lastLines.Enqueue(line.Trim());
                if (_lastLines.Count > 3)
                {
                    _lastLines.Dequeue();
                }
            }
        }
    });

    public async Task<string> DescribeAsync(int exitCode)
    {
        await _reading;
        var how = !OperatingSystem.IsWindows() && exitCode is > 128 and < 160 ? $"killed by signal {exitCode - 128}" : $"exit code {exitCode}";
        var reason = _what is null ? how : $"{_what} ({how})";
        return _lastLines.Count == 0 ? reason : $"{reason}: {string.Join(" | ", _lastLines)}";
    }
}
