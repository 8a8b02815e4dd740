using System.Globalization;
using System.Text.RegularExpressions;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>
/// Holds a crashed tab's <c>TabResult.Error</c> to README task 3 and its table "Words the check accepts": what killed
/// the tab, in the supervisor's own words (any phrase of <see cref="Phrases"/>); how it ended (the signal on Linux and
/// macOS, the exit code on Windows); and the last lines of its standard error. It judges against what
/// the same page did when the harness opened it itself (its exit code and standard error), so it asks for the real
/// signal on whatever machine it runs on. Without that witness it asks only for what no machine can change.
/// </summary>
public static partial class CrashErrorJudge
{
    // The four crash classes, as the README's table names them.
    private const string StackOverflow = "stack overflow";
    private const string OutOfMemory = "out of memory";
    private const string FailFast = "FailFast";
    private const string Unhandled = "unhandled exception";

    /// <summary>
    /// The words that name each crash class, as regular expressions over the supervisor's own words once lower-cased and
    /// with every run of characters other than letters and digits made one space ("Environment.FailFast" reads
    /// "environment failfast"); the space between two words is optional, so "StackOverflow" and "stack-overflow" both
    /// read as the phrase. README.md, table "Words the check accepts", lists the same phrases.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Phrases { get; } = new Dictionary<string, string[]>
    {
        [StackOverflow] = [@"stack ?overflow", @"overflow(?:ed|s|ing)? ?(?:(?:its|the|his|her|their|a) ?)?stack", @"stack ?(?:ran ?out|exhausted|overflowed|blew ?up)", @"out ?of ?stack"],
        [OutOfMemory] = [@"out ?of ?memory", @"memory ?(?:ran ?out|exhausted|full)", @"\boom\b", @"no ?memory ?left"],
        [FailFast] = [@"fail(?:ed|s)? ?fast"],
        [Unhandled] = [@"(?:unhandled|uncaught|unobserved) ?exception", @"exception ?(?:that ?)?(?:nobody|no ?one) ?(?:caught|handled)", @"\bunhandled", @"\buncaught"],
    };

    // Signals whose names are the same on Linux and macOS.
    private static readonly Dictionary<int, string> SignalNames = new()
    {
        [2] = "SIGINT", [3] = "SIGQUIT", [4] = "SIGILL", [6] = "SIGABRT", [8] = "SIGFPE", [9] = "SIGKILL", [11] = "SIGSEGV", [15] = "SIGTERM",
    };

    /// <summary>
    /// The names of the exit codes a .NET tab ends with on Windows (NTSTATUS and HRESULT codes, as signed 32-bit exit codes),
    /// each accepted in place of the number.
    /// </summary>
    public static IReadOnlyDictionary<int, string> WindowsCodeNames { get; } = new Dictionary<int, string>
    {
        [unchecked((int)0xC00000FD)] = "STATUS_STACK_OVERFLOW",
        [unchecked((int)0xC0000409)] = "STATUS_STACK_BUFFER_OVERRUN",
        [unchecked((int)0xC0000602)] = "STATUS_FAIL_FAST_EXCEPTION",
        [unchecked((int)0xC0000005)] = "STATUS_ACCESS_VIOLATION",
        [unchecked((int)0xC0000017)] = "STATUS_NO_MEMORY",
        [unchecked((int)0x80131623)] = "COR_E_FAILFAST",
        [unchecked((int)0x80131506)] = "COR_E_EXECUTIONENGINE",
        [unchecked((int)0xE0434352)] = "CLR exception",
    };

    /// <summary>True for a page that always crashes: the pages check 3 judges.</summary>
    public static bool IsCrash(string page) => KindOf(page) is not null;

    /// <summary>The crash classes (keys of <see cref="Phrases"/>) that <paramref name="ownWords"/> names.</summary>
    public static IReadOnlyList<string> ClassesNamedIn(string ownWords)
    {
        ArgumentNullException.ThrowIfNull(ownWords);
        var normal = Normal(ownWords);
        return [.. Phrases.Where(p => p.Value.Any(phrase => Regex.IsMatch(normal, phrase, RegexOptions.None, TimeSpan.FromSeconds(1)))).Select(p => p.Key)];
    }

    /// <summary>
    /// What is missing from, or wrong in, the <paramref name="error"/> a supervisor gave a crashed tab showing
    /// <paramref name="page"/>, each a sentence for the learner; empty when the error says all README task 3 asks.
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
        var own = Unquoted(error, errorLines);
        var named = ClassesNamedIn(own);
        if (kind.Class is { } crash && !named.Contains(crash) && !(crash == Unhandled && ExceptionWord().IsMatch(Normal(own))))
        {
            problems.Add($"say in your own words what killed it, such as \"{kind.Suggested}\" (quoting its standard error is not enough; README.md lists the words the check knows)");
        }

        foreach (var wrong in named.Except(kind.Allowed))
        {
            problems.Add($"it says \"{wrong}\", but that is not what happened to this tab: name only what you found in its exit code and standard error");
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
            var hasName = SignalNames.TryGetValue(signal, out var name);
            var said = Regex.IsMatch(error, $@"signal\W{{0,3}}{signal}(?!\d)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
                || (hasName && error.Contains(name!, StringComparison.OrdinalIgnoreCase));
            return said ? null : $"say how it ended: its exit code was {code}, and on Linux and macOS 128 + N means killed by signal N, so \"killed by signal {signal}\"{(hasName ? $" ({name})" : "")}";
        }

        return SaysCode(error, code) ? null : $"say how it ended: \"exit code {code}\" ({Hex(code)}{(WindowsCodeNames.TryGetValue(code, out var known) ? $", {known}" : "")})";
    }

    // A Windows exit code as signed or unsigned decimal, as hexadecimal with or without its leading zeros, or by its name.
    private static bool SaysCode(string error, int code)
    {
        var forms = new List<string> { code.ToString(CultureInfo.InvariantCulture), Hex(code), "0x" + code.ToString("X", CultureInfo.InvariantCulture) };
        if (code < 0)
        {
            forms.Add(((uint)code).ToString(CultureInfo.InvariantCulture));
        }

        if (WindowsCodeNames.TryGetValue(code, out var name))
        {
            forms.Add(name);
        }

        return forms.Any(f => Regex.IsMatch(error, $@"(?<![\w-]){Regex.Escape(f)}(?!\w)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));
    }

    private static string Hex(int code) => "0x" + code.ToString("X8", CultureInfo.InvariantCulture);

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

    // Lower case, and every run of characters other than letters and digits one space: "Stack-Overflow!" reads "stack overflow ".
    private static string Normal(string text) => NotAlphanumeric().Replace(text.ToLowerInvariant(), " ");

    private static Kind? KindOf(string page) => page.Split(' ')[0] switch
    {
        // Any exception named in the supervisor's words names this one ("a background thread threw InvalidOperationException").
        "throw-on-thread" => new("unhandled exception", Unhandled, [Unhandled], EndsTheSameEveryTime: true),
        "stack-overflow" => new("stack overflow", StackOverflow, [StackOverflow], EndsTheSameEveryTime: true),
        "fail-fast" => new("Environment.FailFast", FailFast, [FailFast], EndsTheSameEveryTime: true),
        // Where the allocation fails decides the last words: the runtime's "Out of memory." or an unhandled exception.
        "allocate-without-end" => new("out of memory", OutOfMemory, [OutOfMemory, Unhandled], EndsTheSameEveryTime: false),
        // The code it chose is both what and how.
        "exit" => new(page, null, [], EndsTheSameEveryTime: true),
        _ => null,
    };

    [GeneratedRegex(@"(?i:signal)\W{0,3}\d|SIG[A-Z]{2,}|(?i:code)\D{0,4}-?\d|0x[0-9A-Fa-f]{6,8}|STATUS_[A-Z_]+", RegexOptions.None, 1000)]
    private static partial Regex AnyEnding();

    [GeneratedRegex(@"^Repeated \d+ times:?$", RegexOptions.None, 1000)]
    private static partial Regex Repeated();

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.None, 1000)]
    private static partial Regex NotAlphanumeric();

    [GeneratedRegex(@"exception\b", RegexOptions.None, 1000)]
    private static partial Regex ExceptionWord();

    /// <param name="Suggested">A name to suggest.</param>
    /// <param name="Class">The crash class (a key of <see cref="Phrases"/>) the supervisor must name; null when the exit code says it all.</param>
    /// <param name="Allowed">The crash classes that are true of this page; naming another is wrong.</param>
    /// <param name="EndsTheSameEveryTime">True when the same page always ends with the same exit code and last words.</param>
    private sealed record Kind(string Suggested, string? Class, string[] Allowed, bool EndsTheSameEveryTime);
}
