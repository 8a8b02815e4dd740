using System.Globalization;
using System.Text;
using KitchenKatas.Grader.Hints;

namespace KitchenKatas.Grader.Stress;

/// <summary>Words a stress result for a beginner: what was expected, what happened, how often, and where to read on.</summary>
public static class StressReport
{
    private static readonly CultureInfo Text = CultureInfo.InvariantCulture;

    /// <summary>The one-line summary: "no race seen in N trials over T s" or what went wrong.</summary>
    public static string Headline(StressResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Verdict switch
        {
            StressVerdict.NoRaceSeen => string.Format(Text,
                "No race seen in {0:N0} trials over {1:0.0} s on {2} core(s), {3}. That is evidence, not proof.{4}",
                result.Trials, result.Elapsed.TotalSeconds, result.Cores, result.Options.Mode, Starved(result)),
            StressVerdict.Hung => string.Format(Text,
                "A trial never finished: after {0:0.#} s, {1} was still working. That is an endless loop or a deadlock.",
                result.Options.TrialTimeout.TotalSeconds, result.HangDetail),
            _ => Detected(result),
        };
    }

    /// <summary>The full message: headline, expectation, histogram table and a pointer to the hints.</summary>
    /// <param name="result">What the run saw.</param>
    /// <param name="hintPointer">Where to read on, e.g. "katas/01-racy-cart/README.md, section Hints".</param>
    public static string Describe(StressResult result, string? hintPointer = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{result.Title}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Expected: {result.Expectation}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Happened: {Headline(result)}");
        if (result.WorstOutcome is { } worst && result.Verdict == StressVerdict.RaceSeen)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"What it means: {worst.Meaning}");
        }

        text.AppendLine();
        text.Append(Table(result));
        if (result.FirstException is { } thrown)
        {
            text.AppendLine();
            text.AppendLine("First exception seen:");
            text.AppendLine(Indent(FirstLines(thrown, 6)));
        }

        if (!result.Passed && hintPointer is not null)
        {
            text.AppendLine();
            text.AppendLine(HintBook.Footer(hintPointer));
        }

        return text.ToString();
    }

    /// <summary>The histogram as a fixed-width table.</summary>
    public static string Table(StressResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Histogram
            .Select(r => (Outcome: Shorten(r.Outcome, 40), Count: r.Count.ToString("N0", Text), Share: FormatShare(r.Percent),
                Grade: r.Grade == OutcomeGrade.Forbidden ? "FORBIDDEN" : r.Grade.ToString().ToLowerInvariant(), r.Meaning))
            .ToList();
        var w1 = Math.Max("Outcome".Length, rows.Select(r => r.Outcome.Length).DefaultIfEmpty().Max());
        var w2 = Math.Max("Trials".Length, rows.Select(r => r.Count.Length).DefaultIfEmpty().Max());
        var w3 = Math.Max("Share".Length, rows.Select(r => r.Share.Length).DefaultIfEmpty().Max());
        var w4 = Math.Max("Grade".Length, rows.Select(r => r.Grade.Length).DefaultIfEmpty().Max());
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"  {"Outcome".PadRight(w1)}  {"Trials".PadLeft(w2)}  {"Share".PadLeft(w3)}  {"Grade".PadRight(w4)}  Meaning");
        foreach (var r in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {r.Outcome.PadRight(w1)}  {r.Count.PadLeft(w2)}  {r.Share.PadLeft(w3)}  {r.Grade.PadRight(w4)}  {r.Meaning}");
        }

        return text.ToString();
    }

    // A run that hit its hard limit before its minimum of trials had an unfair look, and says so.
    private static string Starved(StressResult result) =>
        result.Trials < result.Options.MinTrials
            ? string.Format(Text, " Only {0:N0} of the {1:N0} trials wanted could run: this machine was too busy for a thorough look, so run the checks again when it is quieter.", result.Trials, result.Options.MinTrials)
            : "";

    private static string Detected(StressResult result)
    {
        var forbidden = result.Histogram.Where(r => r.Grade == OutcomeGrade.Forbidden).Sum(r => r.Count);
        var worst = result.WorstOutcome!;
        var when = result.TimeToDetection is { } t ? string.Format(Text, ", first after {0}", Duration(t)) : "";
        return string.Format(Text,
            "\"{0}\" in {1:N0} of {2:N0} trials ({3}){4}, {5} on {6} core(s).",
            worst.Outcome, forbidden, result.Trials, FormatShare(100.0 * forbidden / Math.Max(1, result.Trials)), when,
            result.Options.Mode, result.Cores);
    }

    private static string Duration(TimeSpan t) =>
        t.TotalMilliseconds < 1 ? string.Format(Text, "{0:0} µs", t.TotalMicroseconds)
        : t.TotalSeconds < 1 ? string.Format(Text, "{0:0.#} ms", t.TotalMilliseconds)
        : string.Format(Text, "{0:0.##} s", t.TotalSeconds);

    private static string FormatShare(double percent) =>
        percent >= 1 || percent == 0 ? string.Format(Text, "{0:0.#} %", percent) : string.Format(Text, "{0:0.###} %", percent);

    private static string Shorten(string s, int max) => s.Length <= max ? s : string.Concat(s.AsSpan(0, max - 1), "…");

    private static string FirstLines(string s, int lines) => string.Join('\n', s.Split('\n').Take(lines));

    private static string Indent(string s) => "  " + s.Replace("\n", "\n  ", StringComparison.Ordinal);
}
