using System.Diagnostics;

namespace Kitchen.ThreadPool.Checks;

/// <summary>How a call run under a time limit ended.</summary>
/// <param name="Finished">It returned (normally or by throwing) within the limit.</param>
/// <param name="Thrown">What it threw, if anything.</param>
/// <param name="Elapsed">How long it ran, or the limit when it did not finish.</param>
public sealed record BoundedCall(bool Finished, Exception? Thrown, TimeSpan Elapsed)
{
    /// <summary>It returned normally within the limit.</summary>
    public bool Succeeded => Finished && Thrown is null;
}

/// <summary>
/// Calls into the learner's pool under a time limit, on a thread of its own, so a pool that hangs in
/// Drain or Dispose makes a check fail with a message instead of hanging the whole test run.
/// </summary>
public static class Bounded
{
    /// <summary>Runs <paramref name="call"/> and waits for it at most <paramref name="limit"/>.</summary>
    public static BoundedCall Run(Action call, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(call);
        Exception? thrown = null;
        var clock = Stopwatch.StartNew();
        var runner = new Thread(() =>
        {
            try
            {
                call();
            }
            catch (Exception e)
            {
                thrown = e;
            }
        })
        { IsBackground = true, Name = "check caller" };
        runner.Start();
        var finished = runner.Join(limit);
        return new BoundedCall(finished, finished ? thrown : null, finished ? clock.Elapsed : limit);
    }

    /// <summary>Waits until <paramref name="condition"/> holds, polling, for at most <paramref name="limit"/>.</summary>
    public static bool Until(Func<bool> condition, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed >= limit)
            {
                return false;
            }

            Thread.Sleep(5);
        }

        return true;
    }

    /// <summary>Disposes <paramref name="pool"/> under <paramref name="limit"/>; a sentence saying what went wrong, or null.</summary>
    public static string? Close(WorkerPool pool, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var call = Run(pool.Dispose, limit);
        return call switch
        {
            { Finished: false } => $"Dispose() did not return within {limit.TotalSeconds:0} s: the kitchen never closed (a chef still waiting for orders, or a deadlock).",
            { Thrown: { } e } => $"Dispose() threw {Hints.Thrown(e)}",
            _ => null,
        };
    }
}
