using System.Globalization;
using System.Text.RegularExpressions;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>
/// Holds a crashed tab's <c>TabResult.Error</c> to README item 3: what killed the tab, in the supervisor's own
/// words; how it ended (the signal, or the exit code); and the last lines of its standard error. It judges against what
/// the same page did when the harness opened it itself (its exit code and standard error), so it asks for the real
/// signal on whatever machine it runs on. Without that witness it asks only for what no machine can change.
/// </summary>
public static partial class CrashErrorJudge
{
    // The four names a supervisor gives a crash, compared without case, spaces, dashes, dots or underscores.
    private const string StackOverflow = "stackoverflow";
    private const string OutOfMemory = "outofmemory";
    private const string FailFast = "failfast";
    private const string Unhandled = "unhandledexception";

    private static readonly Dictionary<string, string> Spoken = new()
    {
        [StackOverflow] = "stack overflow",
        [OutOfMemory] = "out of memory",
        [FailFast] = "FailFast",
        [Unhandled] = "unhandled exception",
    };

    // Signals whose names are the same on Linux and macOS.
    private static readonly Dictionary<int, string> SignalNames = new()
    {
        [2] = "SIGINT", [3] = "SIGQUIT", [4] = "SIGILL", [6] = "SIGABRT", [8] = "SIGFPE", [9] = "SIGKILL", [11] = "SIGSEGV", [15] = "SIGTERM",
    };

    /// <summary>True for a page that always crashes: the pages check 3 judges.</summary>
    public static bool IsCrash(string page) => KindOf(page) is not null;

    /// <summary>
    /// What is missing from, or wrong in, the <paramref name="error"/> a supervisor gave a crashed tab showing
    /// <paramref name="page"/>, each a sentence for the learner; empty when the error says all README item 3 asks.
    /// </summary>
    /// <param name="page">The crashing page.</param>
    /// <param name="error">The supervisor's <c>TabResult.Error</c>.</param>
    /// <param name="exitCode">The exit code the harness saw the page end with, or null when it did not watch.</param>
    /// <param name="errorLines">The page's standard error when the harness watched it, a trimmed line each, no empty ones.</param>
    /// <param name="windows">True on Windows, where exit codes carry no signal.</param>
    public static IReadOnlyList<string> Problems(string page, string error, int? exitCode, IReadOnlyList<string> errorLines, bool windows)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(errorLines);
        var kind = KindOf(page) ?? throw new ArgumentException($"\"{page}\" is not a page that crashes.", nameof(page));
        var problems = new List<string>();

        // What the supervisor wrote itself: the error once every line it quoted from the tab is taken out.
        var own = Normal(Unquoted(error, errorLines));
        if (kind.Names.Length > 0 && !kind.Names.Any(own.Contains))
        {
            problems.Add($"say in your own words what killed it, such as \"{kind.Suggested}\" (quoting its standard error is not enough)");
        }

        foreach (var wrong in Spoken.Keys.Except(kind.Allowed).Where(own.Contains))
        {
            problems.Add($"it says \"{Spoken[wrong]}\", but that is not what happened to this tab: name only what you found in its exit code and standard error");
        }

        if (HowItEnded(page, kind, error, exitCode, windows) is { } how)
        {
            problems.Add(how);
        }

        if (kind.EndsTheSameEveryTime && exitCode is not null && LastWords(errorLines) is [_, ..] last && !last.Any(l => error.Contains(l, StringComparison.Ordinal)))
        {
            problems.Add($"add the last lines of its standard error, which show where the fire started; its last line was \"{last[^1]}\"");
        }

        return problems;
    }

    private static string? HowItEnded(string page, Kind kind, string error, int? exitCode, bool windows)
    {
        if (page.StartsWith("exit ", StringComparison.Ordinal))
        {
            var chosen = exitCode ?? int.Parse(page["exit ".Length..], CultureInfo.InvariantCulture);
            return Regex.IsMatch(error, $@"code\D{{0,4}}(?<![\d-]){chosen}(?!\d)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
                ? null
                : $"say the exit code it chose: \"exit code {chosen}\"";
        }

        if (!kind.EndsTheSameEveryTime || exitCode is not { } code)
        {
            return AnyEnding().IsMatch(error) ? null : "say how it ended: the signal that killed it (\"killed by signal N\"), or its exit code";
        }

        if (!windows && code is > 128 and <= 192)
        {
            var signal = code - 128;
            var named = SignalNames.TryGetValue(signal, out var name);
            var said = Regex.IsMatch(error, $@"signal\W{{0,3}}{signal}(?!\d)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
                || (named && error.Contains(name!, StringComparison.OrdinalIgnoreCase));
            return said ? null : $"say how it ended: its exit code was {code}, and on Linux and macOS 128 + N means killed by signal N, so \"killed by signal {signal}\"{(named ? $" ({name})" : "")}";
        }

        var hex = "0x" + code.ToString("X8", CultureInfo.InvariantCulture);
        return error.Contains(code.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) || error.Contains(hex, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"say how it ended: \"exit code {code}\" ({hex})";
    }

    // The last three lines the tab wrote, less the rulers and the "Repeated N times:" of a stack overflow, whose count varies.
    private static string[] LastWords(IReadOnlyList<string> errorLines) =>
        [.. errorLines.TakeLast(3).Where(l => l.Trim('-', '=').Length > 0 && !Repeated().IsMatch(l))];

    // Each line the tab wrote is taken out once, from the end: a name the supervisor wrote itself stays even when it is
    // the same text as a line it quotes after it.
    private static string Unquoted(string error, IReadOnlyList<string> errorLines)
    {
        foreach (var line in errorLines)
        {
            var at = error.LastIndexOf(line, StringComparison.Ordinal);
            if (at >= 0)
            {
                error = error.Remove(at, line.Length);
            }
        }

        return error;
    }

    private static string Normal(string text) =>
        new([.. text.ToLowerInvariant().Where(c => c is not (' ' or '-' or '_' or '.'))]);

    private static Kind? KindOf(string page) => page.Split(' ')[0] switch
    {
        "throw-on-thread" => new("unhandled exception", ["exception"], [Unhandled], EndsTheSameEveryTime: true),
        "stack-overflow" => new("stack overflow", [StackOverflow], [StackOverflow], EndsTheSameEveryTime: true),
        "fail-fast" => new("Environment.FailFast", [FailFast], [FailFast], EndsTheSameEveryTime: true),
        // Where the allocation fails decides the last words: the runtime's "Out of memory." or an unhandled exception.
        "allocate-without-end" => new("out of memory", [OutOfMemory], [OutOfMemory, Unhandled], EndsTheSameEveryTime: false),
        // The code it chose is both what and how.
        "exit" => new(page, [], [], EndsTheSameEveryTime: true),
        _ => null,
    };

    [GeneratedRegex(@"(?i:signal)\W{0,3}\d|SIG[A-Z]{2,}|(?i:code)\D{0,4}-?\d", RegexOptions.None, 1000)]
    private static partial Regex AnyEnding();

    [GeneratedRegex(@"^Repeated \d+ times:?$", RegexOptions.None, 1000)]
    private static partial Regex Repeated();

    /// <param name="Suggested">A name to suggest.</param>
    /// <param name="Names">Any of these (normalized) in the supervisor's own words names the crash.</param>
    /// <param name="Allowed">The crash names (normalized) that are true of this page; the others are wrong.</param>
    /// <param name="EndsTheSameEveryTime">True when the same page always ends with the same exit code and last words.</param>
    private sealed record Kind(string Suggested, string[] Names, string[] Allowed, bool EndsTheSameEveryTime);
}
