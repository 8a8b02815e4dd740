using System.Collections.Concurrent;
using System.Globalization;

namespace Kitchen.ThreadPool.Checks;

/// <summary>What the throwing-job probe saw, as one line a parent process can read back.</summary>
/// <param name="Burnt">Orders that threw on purpose.</param>
/// <param name="Reported">Exceptions that arrived through JobFailed and are the ones thrown.</param>
/// <param name="Cooked">Ordinary orders cooked.</param>
/// <param name="Ordinary">Ordinary orders submitted.</param>
/// <param name="CrewIntact">After the failures, both chefs could still cook side by side.</param>
/// <param name="Problem">What went wrong on the way (a hang, an exception from Submit), or "none".</param>
public sealed record ThrowingJobReport(int Burnt, int Reported, int Cooked, int Ordinary, bool CrewIntact, string Problem)
{
    private const string Prefix = "PROBE ";

    /// <summary>The report as one line.</summary>
    public string ToLine() => string.Create(CultureInfo.InvariantCulture,
        $"{Prefix}{Burnt};{Reported};{Cooked};{Ordinary};{CrewIntact};{Problem.ReplaceLineEndings(" ")}");

    /// <summary>Finds the report line in a child's output; null when there is none.</summary>
    public static ThrowingJobReport? Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var line = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        var parts = line?[Prefix.Length..].Split(';', 6);
        return parts is { Length: 6 }
            ? new ThrowingJobReport(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture),
                int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture), bool.Parse(parts[4]), parts[5])
            : null;
    }
}

/// <summary>
/// Check 5's scenario: some orders burn (throw), the rest are ordinary. Runs in a child process, because an
/// exception that escapes a chef's thread ends the whole process.
/// </summary>
public static class ThrowingJobProbe
{
    private const int Burnt = 10;
    private const int Ordinary = 20;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    /// <summary>Runs the scenario and says what happened.</summary>
    public static ThrowingJobReport Run()
    {
        var reported = new ConcurrentQueue<Exception>();
        var cooked = 0;
        var pool = new WorkerPool(2);
        pool.JobFailed += reported.Enqueue;
        var work = Bounded.Run(() =>
        {
            for (var i = 0; i < Burnt; i++)
            {
                var order = i;
                pool.Submit(() => throw new InvalidOperationException($"burnt order {order}"));
                pool.Submit(() => Interlocked.Increment(ref cooked));
            }

            for (var i = Burnt; i < Ordinary; i++)
            {
                pool.Submit(() => Interlocked.Increment(ref cooked));
            }

            pool.Drain();
        }, Limit);
        if (!work.Succeeded)
        {
            return new ThrowingJobReport(Burnt, Count(reported), Volatile.Read(ref cooked), Ordinary, false,
                $"Submit and Drain {CrewChecks.Describe(work)}");
        }

        var crewIntact = BothChefsStillCook(pool);
        var closing = Bounded.Close(pool, Limit);
        return new ThrowingJobReport(Burnt, Count(reported), Volatile.Read(ref cooked), Ordinary, crewIntact, closing ?? "none");
    }

    // The thrown exceptions, possibly wrapped once by the pool.
    private static int Count(ConcurrentQueue<Exception> reported) =>
        reported.Count(e => (e is InvalidOperationException ? e : e.InnerException)?.Message.StartsWith("burnt order", StringComparison.Ordinal) == true);

    private static bool BothChefsStillCook(WorkerPool pool)
    {
        var started = 0;
        using var release = new ManualResetEventSlim();
        for (var i = 0; i < 2; i++)
        {
            pool.Submit(() =>
            {
                Interlocked.Increment(ref started);
                release.Wait(Limit);
            });
        }

        var both = Bounded.Until(() => Volatile.Read(ref started) == 2, Limit);
        release.Set();
        return both;
    }
}
