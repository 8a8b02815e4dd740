using System.Text.Json;

namespace KitchenKatas.Grader.Pools;

/// <summary>
/// A measured curve as plain data for the grade report, so a front end can plot what the terminal drew.
/// </summary>
/// <param name="Workload">Workload name.</param>
/// <param name="ComputeMs">Time on a burner per job.</param>
/// <param name="WaitMs">Time waiting per job.</param>
/// <param name="Cores">Burners (the machine's cores).</param>
/// <param name="Threads">Pool sizes measured, ascending.</param>
/// <param name="JobsPerSecond">Median throughput for each entry of <paramref name="Threads"/>.</param>
/// <param name="KneeThreads">The knee's pool size.</param>
/// <param name="PickThreads">The pool size that was graded, if any.</param>
/// <param name="Passed">Whether the pick was good enough, if graded.</param>
/// <param name="LatenessMs">How late chefs got off the burners on average, in milliseconds.</param>
public sealed record CurveRecord(
    string Workload, double ComputeMs, double WaitMs, int Cores,
    IReadOnlyList<int> Threads, IReadOnlyList<double> JobsPerSecond, int KneeThreads, int? PickThreads, bool? Passed, double LatenessMs)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

    /// <summary>The record of <paramref name="curve"/>, with the graded pick and its verdict when given.</summary>
    public static CurveRecord Of(ThroughputCurve curve, int? pick = null, bool? passed = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        return new CurveRecord(curve.Workload.Name, curve.Workload.Compute.TotalMilliseconds, curve.Workload.Wait.TotalMilliseconds, curve.Cores,
            curve.Points.Select(p => p.Threads).ToArray(), curve.Points.Select(p => Math.Round(p.JobsPerSecond, 1)).ToArray(),
            curve.Knee.Threads, pick, passed, Math.Round(curve.MeanLateness.TotalMilliseconds, 3));
    }

    /// <summary>One line of JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a record written by <see cref="ToJson"/>.</summary>
    public static CurveRecord? FromJson(string json) => JsonSerializer.Deserialize<CurveRecord>(json, Json);
}
