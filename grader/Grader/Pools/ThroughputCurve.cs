namespace KitchenKatas.Grader.Pools;

/// <summary>One point of a throughput curve: a pool size and its median throughput over the repeats.</summary>
/// <param name="Threads">Pool size.</param>
/// <param name="JobsPerSecond">Median jobs per second.</param>
/// <param name="Samples">Every measurement taken, in order.</param>
public sealed record CurvePoint(int Threads, double JobsPerSecond, IReadOnlyList<double> Samples);

/// <summary>
/// Throughput against pool size for one workload, with its plateau and its knee: the fewest threads that
/// already reach most of the plateau. Past the knee more chefs only crowd the kitchen.
/// </summary>
/// <param name="Workload">What was measured.</param>
/// <param name="Cores">Burners on the simulated stove (the machine's cores).</param>
/// <param name="Points">One point per pool size, by pool size.</param>
/// <param name="KneeShare">Share of the best throughput that defines the knee, e.g. 0.9.</param>
/// <param name="MeanLateness">How late chefs got off the burners on average (<see cref="SimulatedStove.MeanLateness"/>).</param>
public sealed record ThroughputCurve(Workload Workload, int Cores, IReadOnlyList<CurvePoint> Points, double KneeShare, TimeSpan MeanLateness)
{
    /// <summary>Rounds of the sweep behind this curve: every size was measured once per round.</summary>
    public int Rounds { get; init; } = 1;

    /// <summary>The highest median throughput.</summary>
    public double Best => Points.Max(p => p.JobsPerSecond);

    /// <summary>
    /// The height of the curve's flat top: the median of its three highest points. The single highest point
    /// is the luckiest measurement; comparing against it would punish a pick for the noise elsewhere.
    /// </summary>
    public double Plateau => Median(Points.Select(p => p.JobsPerSecond).OrderDescending().Take(3).ToArray());

    /// <summary>The fewest threads whose median reaches <see cref="KneeShare"/> of the <see cref="Plateau"/>.</summary>
    public CurvePoint Knee => Points.OrderBy(p => p.Threads).First(p => p.JobsPerSecond >= KneeShare * Plateau);

    /// <summary>The median throughput at <paramref name="threads"/> as a share of the <see cref="Plateau"/>.</summary>
    public double ShareOfPlateau(int threads) => At(threads).JobsPerSecond / Math.Max(Plateau, 1e-9);

    /// <summary>The point measured for <paramref name="threads"/>; throws if it was not measured.</summary>
    public CurvePoint At(int threads) => Points.Single(p => p.Threads == threads);

    /// <summary>Median of <paramref name="samples"/> (mean of the middle two when even).</summary>
    public static double Median(IReadOnlyList<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("No samples.", nameof(samples));
        }

        var sorted = samples.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
