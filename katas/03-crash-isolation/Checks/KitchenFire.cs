using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kitchen.CrashIsolation.Checks.Harness;
using KitchenKatas.Grader.Isolation;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>Words a dead or stuck harness for the learner: which tab started the fire, and where to look.</summary>
public static partial class KitchenFire
{
    /// <summary>Where to look next.</summary>
    public const string Hints = "Work in Supervisor.cs; README.md, section \"Hints\", helps.";

    /// <summary>The message for a harness that died, or was killed, before it could report.</summary>
    public static string Describe(HarnessRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var harness = run.Harness;
        var text = new StringBuilder();
        if (harness.TimedOut)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Your supervisor's kitchen froze while it played \"{run.Scenario.Story}\": even the harness could not stop waiting, and was killed after {harness.Elapsed.TotalSeconds:0} s.");
        }
        else
        {
            var verdict = harness.Verdict;
            var (kind, deed) = Culprit(verdict, harness.StandardError);
            var tabs = kind is null ? [] : run.Scenario.TabsShowing(kind).ToList();
            var who = tabs.Count switch
            {
                0 => "A fire",
                1 => $"Tab {Name(tabs[0])}'s fire",
                _ => $"The fire of tab {string.Join(" or ", tabs.Select(Name))}",
            };
            text.AppendLine(CultureInfo.InvariantCulture, $"{who} spread: your supervisor's own kitchen burned down{deed} ({verdict.Reason}) while it played \"{run.Scenario.Story}\".");
        }

        var inside = PagesRunInside(harness.StandardError);
        if (inside.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"These pages ran on threads inside your supervisor's own process, not in tabs of their own: {string.Join(", ", inside.Select(p => $"\"{p}\""))}.");
            text.AppendLine("Threads share one kitchen, so one chef's fire burns it down. Give every page a process of its own (TabCommand.StartInfo(options.WorkerPath)), like a browser gives every tab one.");
        }

        text.AppendLine(Hints);
        var tail = ExitClassifier.Tail(Markerless(harness.StandardError), 8);
        if (tail.Length > 0)
        {
            text.AppendLine("The last words of your supervisor's process (standard error):");
            text.AppendLine(tail);
        }

        if (harness.HangReport is { Length: > 0 } hang)
        {
            text.AppendLine("What its threads were doing when it was stopped:");
            text.AppendLine(hang);
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The message for a call that had not returned when the harness stopped waiting.</summary>
    public static string StillWaiting(HarnessRun run, HarnessReport report)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(report);
        var scenario = run.Scenario;
        var call = report.Waiting switch
        {
            "all" => "RunAllAsync",
            "cancel" => "RunAllAsync, after it was cancelled,",
            var id => $"RunAsync for tab {id} (page \"{scenario.Jobs.FirstOrDefault(j => j.Id == id)?.Page}\")",
        };
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{call} had not returned after {(scenario.ReturnWithin + (report.Allowance * 2)).TotalSeconds:0} s, while it played \"{scenario.Story}\" (Timeout {(scenario.Timeout + report.Allowance).TotalSeconds:0.#} s).");
        text.AppendLine("A tab that never finishes must not hold the supervisor up: wait for it at most Timeout, then kill it with everything it started and report it TimedOut; when the caller cancels, kill what runs and stop at once.");
        var inside = PagesRunInside(run.Harness.StandardError);
        if (inside.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"These pages ran on threads inside your supervisor's own process, where nothing can stop them: {string.Join(", ", inside.Select(p => $"\"{p}\""))}.");
        }

        text.Append(Hints);
        return text.ToString();
    }

    // The page kind whose crash the dying words describe, and the deed in the story's words.
    private static (string? Kind, string Deed) Culprit(ExitVerdict verdict, string standardError) => verdict.Kind switch
    {
        ExitKind.StackOverflow => ("stack-overflow", " when it overflowed its stack"),
        ExitKind.FailFast => ("fail-fast", " when it called Environment.FailFast"),
        ExitKind.OutOfMemory => ("allocate-without-end", " when it ate all the memory"),
        ExitKind.UnhandledException when standardError.Contains("hot oil", StringComparison.Ordinal) => ("throw-on-thread", " when a chef threw on a background thread"),
        ExitKind.UnhandledException when standardError.Contains("crate", StringComparison.Ordinal) => ("crash-once", " when it crashed on its first try"),
        ExitKind.ExitCode => ($"exit {verdict.ExitCode}", $" when it called Environment.Exit({verdict.ExitCode}), which ends the whole process"),
        _ => (null, ""),
    };

    // "Tab 7", but "Tab \"always\"" for an id that is a word.
    private static string Name(string id) => id.All(char.IsAsciiDigit) ? id : $"\"{id}\"";

    private static List<string> PagesRunInside(string standardError) =>
        [.. InsideMarker().Matches(standardError).Select(m => m.Groups["page"].Value).Distinct()];

    private static string Markerless(string standardError) =>
        string.Join('\n', standardError.Split('\n').Where(l => !InsideMarker().IsMatch(l)));

    [GeneratedRegex("""\[kitchen\] page "(?<page>[^"]*)" is running inside process""")]
    private static partial Regex InsideMarker();
}
