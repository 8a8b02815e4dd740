using System.Globalization;
using KitchenKatas.Grader.SelfCheck;
using Spectre.Console;

namespace KitchenKatas.Grader.Bench.Commands;

/// <summary>The tables that end a soak, or a sum of soak shards: each check's failures with a bound on its rate, and the time per run.</summary>
internal static class SoakSummary
{
    /// <summary>Prints both tables and returns the number of failed check runs.</summary>
    public static int Print(SoakRecord record)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Kata", "Variant", "#", "Check", "Runs", "Failed", "Failure rate ≤ (95 %)", "Median s", "Max s");
        var perRun = new Table().Border(TableBorder.Rounded).AddColumns("Kata", "Variant", "Runs", "Median s per run", "Max s per run");
        foreach (var variant in record.Variants)
        {
            var tallies = variant.Tallies();
            foreach (var (tally, number) in tallies.Select((t, i) => (t, i + 1)))
            {
                // With no failure in n runs the bound is 1 - 0.05^(1/n): about 3/n.
                var upper = 1 - ClopperPearson.LowerBound(tally.Runs.Count - tally.Failed, Math.Max(1, tally.Runs.Count));
                table.AddRow(
                    Markup.Escape(variant.Kata), Markup.Escape(variant.Variant), number.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(tally.Test[(tally.Test.LastIndexOf('.') + 1)..]),
                    tally.Runs.Count.ToString(CultureInfo.InvariantCulture),
                    tally.Failed == 0 ? "0" : $"[red]{tally.Failed}[/]",
                    tally.Runs.Count == 0 ? "-" : upper.ToString("0.0##%", CultureInfo.InvariantCulture),
                    tally.Median.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
                    tally.Slowest.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
            }

            var runs = tallies.Count == 0 ? [] : Enumerable.Range(0, tallies.Min(t => t.Runs.Count))
                .Select(i => tallies.Sum(t => t.Runs[i].Elapsed.TotalSeconds)).Order().ToArray();
            perRun.AddRow(
                Markup.Escape(variant.Kata), Markup.Escape(variant.Variant), runs.Length.ToString(CultureInfo.InvariantCulture),
                runs.Length == 0 ? "-" : runs[runs.Length / 2].ToString("0.0", CultureInfo.InvariantCulture),
                runs.Length == 0 ? "-" : runs[^1].ToString("0.0", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        AnsiConsole.Write(perRun);
        return record.Variants.Sum(v => v.Checks.Sum(c => c.Runs.Count(r => !r.Passed)));
    }

    /// <summary>Check runs in all.</summary>
    public static int CheckRuns(SoakRecord record) => record.Variants.Sum(v => v.Checks.Sum(c => c.Runs.Count));
}
