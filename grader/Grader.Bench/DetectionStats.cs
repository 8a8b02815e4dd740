using KitchenKatas.Grader.SelfCheck;

namespace KitchenKatas.Grader.Bench;

/// <summary>Figures over repeated runs of one check against one variant.</summary>
internal sealed class DetectionStats
{
    private readonly List<double> _detectionMs = [];

    private readonly HashSet<string> _notes = [];

    public int Runs { get; private set; }

    /// <summary>Distinct notes the checks made (a phase skipped, say).</summary>
    public IReadOnlyCollection<string> Notes => _notes;

    public void Note(string note) => _notes.Add(note);

    public int Detected => _detectionMs.Count;

    public double Rate => Runs == 0 ? 0 : (double)Detected / Runs;

    /// <summary>Trials of the clean run that had the fewest: a starved machine shows here.</summary>
    public long? FewestCleanTrials { get; private set; }

    public void Add(double? detectionMs, long trials)
    {
        Runs++;
        if (detectionMs is null)
        {
            FewestCleanTrials = Math.Min(FewestCleanTrials ?? long.MaxValue, trials);
        }

        if (detectionMs is { } ms)
        {
            _detectionMs.Add(ms);
        }
    }

    public double? MedianMs => Percentile(0.5);

    public double? P95Ms => Percentile(0.95);

    /// <summary>Lower end of a one-sided 95 % Clopper-Pearson interval for the detection rate.</summary>
    public double LowerBound95 => Runs == 0 ? 0 : ClopperPearson.LowerBound(Detected, Runs);

    /// <summary>Upper end of a one-sided 95 % interval for the rate of false positives when none was seen (rule of three).</summary>
    public double FalsePositiveUpperBound95 => Runs == 0 ? 1 : 1 - ClopperPearson.LowerBound(Runs, Runs);

    private double? Percentile(double q)
    {
        if (_detectionMs.Count == 0)
        {
            return null;
        }

        var sorted = _detectionMs.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(q * sorted.Length))];
    }
}
