namespace KitchenKatas.Grader.Stress;

/// <summary>Everything a stress run saw: the histogram, how long it took, and when the first forbidden outcome came.</summary>
public sealed record StressResult
{
    /// <summary>The scenario's title.</summary>
    public required string Title { get; init; }

    /// <summary>What a correct kitchen always does.</summary>
    public required string Expectation { get; init; }

    /// <summary>The overall verdict.</summary>
    public required StressVerdict Verdict { get; init; }

    /// <summary>Trials that finished.</summary>
    public required long Trials { get; init; }

    /// <summary>Wall-clock time spent.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Outcome rows, forbidden first, then by count.</summary>
    public required IReadOnlyList<OutcomeCount> Histogram { get; init; }

    /// <summary>Time from the start to the first forbidden outcome, if any.</summary>
    public TimeSpan? TimeToDetection { get; init; }

    /// <summary>Human description of a hang: who was still working when the trial timed out.</summary>
    public string? HangDetail { get; init; }

    /// <summary>The first exception a learner's code threw, with its stack, if any.</summary>
    public string? FirstException { get; init; }

    /// <summary>The options the run used.</summary>
    public required StressOptions Options { get; init; }

    /// <summary>Cores the run could use.</summary>
    public required int Cores { get; init; }

    /// <summary>Trials that ran side by side.</summary>
    public required int Lanes { get; init; }

    /// <summary>True when no forbidden outcome, exception or hang was seen.</summary>
    public bool Passed => Verdict == StressVerdict.NoRaceSeen;

    /// <summary>The most frequent forbidden row, if any.</summary>
    public OutcomeCount? WorstOutcome =>
        Histogram.Where(r => r.Grade == OutcomeGrade.Forbidden).OrderByDescending(r => r.Count).FirstOrDefault();
}
