using System.Diagnostics;

namespace Kitchen.CrashIsolation;

// Wrong fix: every tab in a process of its own, but waited for as long as it takes. It fails check 4: a tab that
// hangs holds the supervisor with it, for ever.
public sealed class Supervisor
{
    private readonly SupervisorOptions _options;
    private readonly SemaphoreSlim _places;

    public Supervisor(SupervisorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _places = new SemaphoreSlim(options.MaxConcurrentWorkers, options.MaxConcurrentWorkers);
    }

    public async Task<TabResult> RunAsync(TabJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var attempt = 1;
        var result = await OpenAsync(job, cancellationToken);
        while (result.Status == TabStatus.Crashed && attempt <= _options.MaxRestarts)
        {
            attempt++;
            result = await OpenAsync(job, cancellationToken);
        }

        return result with { Attempts = attempt };
    }

    public async Task<IReadOnlyList<TabResult>> RunAllAsync(IEnumerable<TabJob> jobs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return await Task.WhenAll(jobs.Select(job => RunAsync(job, cancellationToken)));
    }

    private async Task<TabResult> OpenAsync(TabJob job, CancellationToken cancellationToken)
    {
        await _places.WaitAsync(cancellationToken);
        try
        {
            using var tab = Process.Start(TabCommand.StartInfo(_options.WorkerPath))!;
            var output = tab.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var error = tab.StandardError.ReadToEndAsync(CancellationToken.None);
            tab.StandardInput.Write(job.Page);
            tab.StandardInput.Close();
            try
            {
                await tab.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                tab.Kill(entireProcessTree: true);
                await tab.WaitForExitAsync(CancellationToken.None);
                throw;
            }

            var html = await output;
            var stderr = await error;
            if (tab.ExitCode == 0)
            {
                return new TabResult(job.Id, TabStatus.Rendered, html, null, 1);
            }

            var signal = tab.ExitCode > 128 ? $"killed by signal {tab.ExitCode - 128}" : $"exit code {tab.ExitCode}";
            var named = stderr.Contains("Stack overflow.") ? "stack overflow, " : stderr.Contains("Out of memory.") ? "out of memory, " : "";
            return new TabResult(job.Id, TabStatus.Crashed, null, named + signal + ": " + stderr.Trim(), 1);
        }
        finally
        {
            _places.Release();
        }
    }
}
