using System.Globalization;
using System.Text;

namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// The failing interleaving as a table with one column per chef, in the learner's identifiers and line numbers,
/// then what was expected, what was found, and the token that replays it.
/// </summary>
public sealed record InterleavingReport
{
    private const int MaxColumn = 58;
    private const int KeepAroundSwitch = 3;

    /// <summary>The scenario's title.</summary>
    public required string Title { get; init; }

    /// <summary>What a correct kitchen always does.</summary>
    public required string Expectation { get; init; }

    /// <summary>How the schedule failed.</summary>
    public required FailureKind Kind { get; init; }

    /// <summary>What happened instead: the outcome, the exception, the deadlock, or the overlap.</summary>
    public required string Found { get; init; }

    /// <summary>The outcome table's sentence for what was found, if any.</summary>
    public string? Meaning { get; init; }

    /// <summary>Context switches in the schedule: preemptions, not counting a chef finishing or waiting.</summary>
    public required int ContextSwitches { get; init; }

    /// <summary>Column headers: each chef, with the first call it made.</summary>
    public required IReadOnlyList<string> Chefs { get; init; }

    /// <summary>Every step of the schedule, in order.</summary>
    public required IReadOnlyList<TraceRow> Rows { get; init; }

    /// <summary>The token that replays this schedule.</summary>
    public required string ReplayToken { get; init; }

    /// <summary>The table, with long stretches where one chef runs alone shortened.</summary>
    public string Table()
    {
        var rows = Shorten(Rows);
        var cells = rows.Select(r => r.Location.Length == 0 ? r.Text : $"{r.Text}  ({r.Location})").ToList();
        var widths = Enumerable.Range(0, Chefs.Count).Select(c => Math.Min(MaxColumn, Math.Max(Chefs[c].Length,
            rows.Select((r, i) => r.Chef == c ? cells[i].Length : 0).DefaultIfEmpty().Max()))).ToArray();
        var text = new StringBuilder();
        text.AppendLine("  " + string.Join("   ", Chefs.Select((h, c) => h.PadRight(widths[c]))).TrimEnd());
        text.AppendLine("  " + string.Join("   ", widths.Select(w => new string('-', w))));
        for (var i = 0; i < rows.Count; i++)
        {
            var line = new StringBuilder("  ");
            for (var c = 0; c < Chefs.Count; c++)
            {
                var cell = rows[i].Chef == c ? cells[i] : "";
                line.Append(c == Chefs.Count - 1 ? cell : cell.PadRight(widths[c]) + "   ");
            }

            if (rows[i].Note is { } note)
            {
                line.Append("   <- ").Append(note);
            }

            text.AppendLine(line.ToString().TrimEnd());
        }

        return text.ToString();
    }

    /// <summary>The whole report: headline, table, expectation, what was found, and the replay token.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"The explorer found the interleaving that breaks it ({ContextSwitches} context switch(es)):");
        text.AppendLine();
        text.Append(Table());
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"  expected: {Expectation}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  found:    {Found}");
        if (Meaning is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  meaning:  {Meaning}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"  Replay exactly this schedule: {Exploration.ReplayToken.EnvironmentVariable}={ReplayToken}");
        return text.ToString();
    }

    // Keeps a few steps on each side of every switch between chefs, every step with a note, and every step at a line
    // a note points at (the read behind a lost update, say): the step that broke it is never behind "… more steps …".
    private static List<TraceRow> Shorten(IReadOnlyList<TraceRow> rows)
    {
        var noted = rows.Where(r => r.Note is not null && r.Location.Length > 0).Select(r => r.Location).ToHashSet(StringComparer.Ordinal);
        var keep = new bool[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var nearSwitch = Enumerable.Range(Math.Max(0, i - KeepAroundSwitch), (2 * KeepAroundSwitch) + 1)
                .Any(j => j + 1 < rows.Count && j + 1 > 0 && rows[j].Chef != rows[j + 1].Chef && i >= j + 1 - KeepAroundSwitch && i <= j + KeepAroundSwitch);
            keep[i] = nearSwitch || rows[i].Note is not null || noted.Contains(rows[i].Location) || i < KeepAroundSwitch || i >= rows.Count - KeepAroundSwitch;
        }

        var shown = new List<TraceRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (keep[i])
            {
                shown.Add(rows[i]);
                continue;
            }

            var start = i;
            while (i + 1 < rows.Count && !keep[i + 1])
            {
                i++;
            }

            shown.Add(new TraceRow(rows[start].Chef, string.Create(CultureInfo.InvariantCulture, $"… {i - start + 1} more step(s) …"), "", null));
        }

        return shown;
    }
}
