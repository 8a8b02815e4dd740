using System.Text.RegularExpressions;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>Holds a timed-out tab's <c>TabResult.Error</c> to README task 4: it says how long the tab was given.</summary>
public static partial class TimedOutErrorJudge
{
    /// <summary>
    /// True when <paramref name="error"/> gives a length of time: a number with its unit ("5 s", "4.5 seconds",
    /// "5000 ms", "1 min") or a TimeSpan as .NET prints it ("00:00:05.1200000").
    /// </summary>
    public static bool SaysHowLong(string? error) => error is not null && HowLong().IsMatch(error);

    [GeneratedRegex(@"\d\s*(?:ms|milliseconds?|s|secs?|seconds?|min|minutes?)\b|\d+:\d{2}:\d{2}", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex HowLong();
}
