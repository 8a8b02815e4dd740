using System.Globalization;
using System.Text;

namespace KitchenKatas.Grader.Pools;

/// <summary>Draws a throughput curve in the terminal: one bar per pool size, the knee and a pick marked.</summary>
public static class CurveChart
{
    private const int BarWidth = 40;

    /// <summary>The chart as text, with <paramref name="pick"/> (the learner's choice) marked when given.</summary>
    public static string Draw(ThroughputCurve curve, int? pick = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var best = Math.Max(curve.Best, 1e-9);
        var knee = curve.Knee.Threads;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Throughput against chefs: {curve.Workload}, {curve.Cores} burner(s)");
        text.AppendLine(CultureInfo.InvariantCulture, $"(chefs got off the burners {curve.MeanLateness.TotalMilliseconds:0.00} ms late on average: the machine's wake-up delay)");
        text.AppendLine("  chefs  jobs/s");
        foreach (var point in curve.Points)
        {
            var length = (int)Math.Round(BarWidth * point.JobsPerSecond / best);
            var bar = new string('#', Math.Clamp(length, 0, BarWidth)).PadRight(BarWidth);
            var marks = new List<string>();
            if (point.Threads == knee)
            {
                marks.Add("<- knee");
            }

            if (point.Threads == pick)
            {
                marks.Add("<- your pick");
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"  {point.Threads,5}  {point.JobsPerSecond,7:0}  |{bar}| {string.Join(' ', marks)}");
            text.AppendLine(line.TrimEnd());
        }

        return text.ToString();
    }
}
