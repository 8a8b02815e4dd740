using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace Kitchen.CrashIsolation;

// Correct variant, Channels style: the supervisor keeps MaxConcurrentWorkers chefs at the pass. Every attempt of
// every tab is an order on one channel; a chef takes the next order, opens its tab, and hands the result back. The
// limit is the number of chefs, so it holds for every caller at once.
public sealed class Supervisor
{
    private readonly SupervisorOptions _options;
    private readonly Channel<Order> _orders = Channel.CreateUnbounded<Order>();

    public Supervisor(SupervisorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.WorkerPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentWorkers, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRestarts);
        _options = options;
        for (var chef = 0; chef < options.MaxConcurrentWorkers; chef++)
        {
            _ = Task.Run(ChefAsync);
        }
    }

    public async Task<TabResult> RunAsync(TabJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var attempts = 0;
        while (true)
        {
            attempts++;
            var order = new Order(job, cancellationToken);
            await _orders.Writer.WriteAsync(order, cancellationToken);
            // The chef answers a cancelled order only once its tab is killed and gone.
            var result = await order.Done.Task;
            if (result.Status != TabStatus.Crashed || attempts == _options.MaxRestarts + 1)
            {
                return result with { Attempts = attempts };
            }
        }
    }

    public async Task<IReadOnlyList<TabResult>> RunAllAsync(IEnumerable<TabJob> jobs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var tabs = jobs.Select(job => RunAsync(job, cancellationToken)).ToList();
        return await Task.WhenAll(tabs);
    }

    private async Task ChefAsync()
    {
        await foreach (var order in _orders.Reader.ReadAllAsync())
        {
            if (order.Cancelled.IsCancellationRequested)
            {
                order.Done.TrySetCanceled(order.Cancelled);
                continue;
            }

            try
            {
                order.Done.TrySetResult(await CookAsync(order.Job, order.Cancelled));
            }
            catch (OperationCanceledException e)
            {
                order.Done.TrySetCanceled(e.CancellationToken);
            }
            catch (Exception e)
            {
                order.Done.TrySetException(e);
            }
        }
    }

    private async Task<TabResult> CookAsync(TabJob job, CancellationToken cancellationToken)
    {
        using var tab = new Process { StartInfo = TabCommand.StartInfo(_options.WorkerPath) };
        tab.Start();
        var output = tab.StandardOutput.ReadToEndAsync();
        var error = tab.StandardError.ReadToEndAsync();
        try
        {
            await tab.StandardInput.WriteAsync(job.Page);
            tab.StandardInput.Close();
        }
        catch (IOException)
        {
            // gone before it read the page
        }

        using var clock = new CancellationTokenSource(_options.Timeout);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(clock.Token, cancellationToken);
        try
        {
            await tab.WaitForExitAsync(either.Token);
        }
        catch (OperationCanceledException)
        {
            try
            {
                tab.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // it ended by itself meanwhile
            }

            await tab.WaitForExitAsync();
            cancellationToken.ThrowIfCancellationRequested();
            return new TabResult(job.Id, TabStatus.TimedOut, null, $"timed out: killed after {_options.Timeout.TotalMilliseconds:0} ms, with its helpers", 1);
        }

        var html = await output;
        var stderr = await error;
        if (tab.ExitCode == 0)
        {
            return new TabResult(job.Id, TabStatus.Rendered, html, null, 1);
        }

        return new TabResult(job.Id, TabStatus.Crashed, null, Describe(tab.ExitCode, stderr), 1);
    }

    private static string Describe(int exitCode, string stderr)
    {
        var text = new StringBuilder();
        if (stderr.Contains("Stack overflow", StringComparison.Ordinal))
        {
            text.Append("The tab overflowed its stack");
        }
        else if (stderr.Contains("Out of memory", StringComparison.Ordinal) || stderr.Contains("OutOfMemoryException", StringComparison.Ordinal))
        {
            text.Append("The tab ran out of memory");
        }
        else if (stderr.Contains("Process terminated", StringComparison.Ordinal))
        {
            text.Append("The tab called Environment.FailFast");
        }
        else if (stderr.Contains("Unhandled exception", StringComparison.Ordinal))
        {
            text.Append("An exception nobody caught ended the tab");
        }
        else
        {
            text.Append("The tab quit");
        }

        text.Append(OperatingSystem.IsWindows() || exitCode <= 128 || exitCode > 192
            ? $", exit code {exitCode}."
            : $", killed by signal {exitCode - 128}.");
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length > 0)
        {
            text.Append(" Last words: ").AppendJoin(" / ", lines.TakeLast(4));
        }

        return text.ToString();
    }

    private sealed record Order(TabJob Job, CancellationToken Cancelled)
    {
        public TaskCompletionSource<TabResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
