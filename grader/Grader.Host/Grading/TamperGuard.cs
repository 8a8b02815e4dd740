namespace KitchenKatas.Grader.Grading;

/// <summary>
/// Runs a kata's checks with the grader's files watched (<see cref="GraderFiles"/>), and names the run that changed
/// them even when several submissions are graded at once. A change seen after a run that overlapped others could be
/// any of theirs, so every run that saw a change, or overlapped one that did, is run again alone, with no other run
/// beside it: a change seen then is surely its own, and an honest submission is never blamed for a neighbour's.
/// </summary>
public static class TamperGuard
{
    // Held briefly by every run to start, and for the whole of a run that must be alone.
    private static readonly SemaphoreSlim Door = new(1, 1);
    private static int s_running;
    private static long s_started;
    private static long s_changesSeen;

    /// <summary>Runs <paramref name="run"/>; returns its result and the grader files it changed (put back already).</summary>
    public static Task<(T Result, IReadOnlyList<string> Changed)> RunAsync<T>(
        string repoRoot, string kataFolder, Func<Task<T>> run, CancellationToken cancellationToken = default) =>
        RunAsync(repoRoot, kataFolder, null, run, cancellationToken);

    /// <summary>
    /// Runs <paramref name="run"/> on a kata graded in place: <paramref name="learnerFiles"/> (relative to the kata
    /// folder) are the learner's, never watched nor put back (see <see cref="GraderFiles.Take(string, string, IReadOnlyCollection{string}?)"/>);
    /// null when the learner files come from a submission elsewhere.
    /// </summary>
    public static async Task<(T Result, IReadOnlyList<string> Changed)> RunAsync<T>(
        string repoRoot, string kataFolder, IReadOnlyCollection<string>? learnerFiles, Func<Task<T>> run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await Door.WaitAsync(cancellationToken).ConfigureAwait(false);
        var startedBefore = Interlocked.Increment(ref s_started);
        var overlapped = Interlocked.Increment(ref s_running) > 1;
        var changesBefore = Interlocked.Read(ref s_changesSeen);
        Door.Release();

        T result;
        IReadOnlyList<string> changed;
        try
        {
            (result, changed) = await WatchedAsync(repoRoot, kataFolder, learnerFiles, run).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref s_running);
        }

        overlapped |= Interlocked.Read(ref s_started) != startedBefore;
        if (changed.Count > 0)
        {
            Interlocked.Increment(ref s_changesSeen);
        }

        var someoneChanged = Interlocked.Read(ref s_changesSeen) != changesBefore;
        if (!someoneChanged || !overlapped)
        {
            return (result, changed);
        }

        // Alone this time: a change seen then is surely this run's own.
        return await RunAloneAsync(repoRoot, kataFolder, learnerFiles, run, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="run"/> with no other run beside it: no run may start until this one ends, and it starts once
    /// the others have ended. For a run whose result must be its own (a tamper seen beside others), or that needs the
    /// machine to itself (a check that could not judge on a busy machine, tried again).
    /// </summary>
    public static async Task<(T Result, IReadOnlyList<string> Changed)> RunAloneAsync<T>(
        string repoRoot, string kataFolder, IReadOnlyCollection<string>? learnerFiles, Func<Task<T>> run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await Door.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (Volatile.Read(ref s_running) > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
            }

            Interlocked.Increment(ref s_running);
            try
            {
                var (result, changed) = await WatchedAsync(repoRoot, kataFolder, learnerFiles, run).ConfigureAwait(false);
                if (changed.Count > 0)
                {
                    Interlocked.Increment(ref s_changesSeen);
                }

                return (result, changed);
            }
            finally
            {
                Interlocked.Decrement(ref s_running);
            }
        }
        finally
        {
            Door.Release();
        }
    }

    private static async Task<(T Result, IReadOnlyList<string> Changed)> WatchedAsync<T>(
        string repoRoot, string kataFolder, IReadOnlyCollection<string>? learnerFiles, Func<Task<T>> run)
    {
        var files = GraderFiles.Take(repoRoot, kataFolder, learnerFiles);
        try
        {
            return (await run().ConfigureAwait(false), files.Restore());
        }
        catch
        {
            files.Restore();
            throw;
        }
    }
}
