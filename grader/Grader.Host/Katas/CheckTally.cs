namespace KitchenKatas.Grader.Katas;

/// <summary>One run of one check: how it ended and how long it took.</summary>
/// <param name="Passed">True when the check passed.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
/// <param name="Message">The failure message, when it failed.</param>
public sealed record CheckRun(bool Passed, TimeSpan Elapsed, string? Message)
{
    /// <summary>True when the check could not judge on the machine at the time (neither passed nor failed).</summary>
    public bool NotJudged => !Passed && Message is { } m && m.StartsWith(Katas.NotJudged.Prefix, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Every run of one check, with the figures reports need.</summary>
/// <param name="test">The check's full test name.</param>
public sealed class CheckTally(string test)
{
    private readonly List<CheckRun> _runs = [];

    /// <summary>The check's full test name.</summary>
    public string Test { get; } = test;

    /// <summary>Every run, in order.</summary>
    public IReadOnlyList<CheckRun> Runs => _runs;

    /// <summary>Runs that failed: judged, and judged wrong (not-judged runs are neither).</summary>
    public int Failed => _runs.Count(r => !r.Passed && !r.NotJudged);

    /// <summary>Runs that could not judge on the machine at the time.</summary>
    public int NotJudged => _runs.Count(r => r.NotJudged);

    /// <summary>Median time of a run; zero before any run.</summary>
    public TimeSpan Median => Sorted() is { Length: > 0 } s ? s[s.Length / 2] : TimeSpan.Zero;

    /// <summary>Slowest run; zero before any run.</summary>
    public TimeSpan Slowest => Sorted() is { Length: > 0 } s ? s[^1] : TimeSpan.Zero;

    /// <summary>Records one run.</summary>
    public void Add(CheckRun run) => _runs.Add(run);

    private TimeSpan[] Sorted() => _runs.Select(r => r.Elapsed).Order().ToArray();
}
