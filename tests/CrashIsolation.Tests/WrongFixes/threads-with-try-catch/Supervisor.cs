namespace Kitchen.CrashIsolation;

// Wrong fix: keep the chefs in one kitchen and hope a catch puts the fire out. It fails check 1: a stack overflow,
// FailFast or an exception on a thread of the page's own ends the whole process, catch or no catch.
public sealed class Supervisor
{
    private readonly SupervisorOptions _options;

    public Supervisor(SupervisorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public async Task<TabResult> RunAsync(TabJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var page = Task.Run(() => TabPage.Render(job.Page), CancellationToken.None);
        try
        {
            var first = await Task.WhenAny(page, Task.Delay(_options.Timeout, cancellationToken));
            return first == page
                ? new TabResult(job.Id, TabStatus.Rendered, await page, null, 1)
                : new TabResult(job.Id, TabStatus.TimedOut, null, "took too long", 1);
        }
        catch (Exception e)
        {
            return new TabResult(job.Id, TabStatus.Crashed, null, e.Message, 1);
        }
    }

    public async Task<IReadOnlyList<TabResult>> RunAllAsync(IEnumerable<TabJob> jobs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return await Task.WhenAll(jobs.Select(job => RunAsync(job, cancellationToken)));
    }
}
