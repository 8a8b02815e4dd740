using System.Diagnostics;

namespace KitchenKatas.Grader.Pools;

/// <summary>How a sweep runs: which pool sizes, how long each is measured, and how often.</summary>
public sealed record SweepOptions
{
    /// <summary>Pool sizes to measure besides any extra ones: 1, 2, 4, … 256 by default.</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [1, 2, 4, 8, 16, 32, 64, 128, 256];

    /// <summary>Measuring window of one sample (a warm-up of one job cycle comes on top).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Samples per pool size; the curve keeps their median.</summary>
    public int Repeats { get; init; } = 3;

    /// <summary>Samples added per round for the extra sizes (the pick being graded), so its median is the steadiest.</summary>
    public int ExtraSamplesOfExtras { get; init; } = 1;

    /// <summary>Share of the plateau that defines the knee.</summary>
    public double KneeShare { get; init; } = 0.9;

    /// <summary>
    /// Asked after every round but the last with the curve of the rounds so far; <see langword="true"/> ends the sweep
    /// there. A verdict that one round already settles (see <see cref="SweetSpotRule.ClearPass"/>) need not wait for
    /// the others. <see langword="null"/>: every round is measured.
    /// </summary>
    public Func<ThroughputCurve, bool>? StopEarly { get; init; }
}

/// <summary>
/// Sweeps pool sizes over one workload on a stove with one burner per core. Repeats are interleaved
/// (every size once, then every size again) so a burst of noise from the neighbours hits all sizes alike,
/// and each size keeps the median of its samples.
/// </summary>
public static class PoolSizeSweep
{
    /// <summary>Measures <paramref name="workload"/> at every size in <paramref name="options"/> plus <paramref name="extraSizes"/>.</summary>
    public static ThroughputCurve Run(Workload workload, int cores, SweepOptions options, params int[] extraSizes)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Repeats, 1);
        var sizes = options.Sizes.Concat(extraSizes).Where(s => s >= 1).Distinct().Order().ToArray();
        var samples = sizes.ToDictionary(s => s, _ => new List<double>());
        using var stove = new SimulatedStove(cores);
        using var probe = new ThroughputProbe(stove, sizes[^1]);
        var extras = extraSizes.Where(samples.ContainsKey).Distinct().ToArray();
        for (var round = 0; round < options.Repeats; round++)
        {
            // Alternate the direction so slow drift in the machine's load does not favour small or big pools.
            var order = round % 2 == 0 ? sizes : sizes.Reverse().ToArray();
            foreach (var size in order)
            {
                samples[size].Add(probe.JobsPerSecond(workload, size, options.Window));
            }

            // The graded sizes once more per round, at another moment of it: a burst of load then spoils
            // one of their samples, not all of them.
            for (var extra = 0; extra < options.ExtraSamplesOfExtras; extra++)
            {
                foreach (var size in extras)
                {
                    samples[size].Add(probe.JobsPerSecond(workload, size, options.Window));
                }
            }

            if (round + 1 == options.Repeats)
            {
                return Curve(workload, cores, options, sizes, samples, stove, round + 1);
            }

            // The curve so far is built only for a caller who may stop the sweep here.
            if (options.StopEarly is { } stopEarly)
            {
                var soFar = Curve(workload, cores, options, sizes, samples, stove, round + 1);
                if (stopEarly(soFar))
                {
                    return soFar;
                }
            }
        }

        throw new UnreachableException("The last round returns its curve.");
    }

    // The curve of the rounds measured so far: each size keeps a copy of its samples, as later rounds add to them.
    private static ThroughputCurve Curve(Workload workload, int cores, SweepOptions options, int[] sizes, Dictionary<int, List<double>> samples, SimulatedStove stove, int rounds)
    {
        var points = sizes.Select(s => new CurvePoint(s, ThroughputCurve.Median(samples[s]), samples[s].ToArray())).ToArray();
        return new ThroughputCurve(workload, cores, points, options.KneeShare, stove.MeanLateness) { Rounds = rounds };
    }
}
