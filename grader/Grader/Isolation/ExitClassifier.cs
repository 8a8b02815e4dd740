using System.Globalization;

namespace KitchenKatas.Grader.Isolation;

/// <summary>
/// Turns an exit status into an <see cref="ExitVerdict"/>: the exit code, the signal behind it, and what the .NET
/// runtime wrote on standard error as it died (stack overflow, FailFast, out of memory, unhandled exception).
/// </summary>
public static class ExitClassifier
{
    /// <summary>How many lines of standard error a verdict keeps.</summary>
    public const int TailLines = 6;

    // Windows reports these NTSTATUS / HRESULT codes where Linux reports a signal.
    private const int WindowsStackOverflow = unchecked((int)0xC00000FD);
    private const int WindowsFailFast = unchecked((int)0x80131623);
    private const int WindowsUnhandledClrException = unchecked((int)0xE0434352);

    /// <summary>Classifies an ending.</summary>
    /// <param name="exitCode">The exit code; null when the runner killed it.</param>
    /// <param name="timedOut">True when the runner killed it for running past <paramref name="timeout"/>.</param>
    /// <param name="standardError">What it wrote on standard error (may be capped).</param>
    /// <param name="timeout">Its time limit, for the words of a timeout.</param>
    public static ExitVerdict Classify(int? exitCode, bool timedOut, string standardError, TimeSpan? timeout = null)
    {
        standardError ??= "";
        var tail = Tail(standardError, TailLines);
        if (timedOut)
        {
            var limit = timeout is { } t ? $" of {t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s" : "";
            return new ExitVerdict(ExitKind.TimedOut, exitCode, null, $"still running at its time limit{limit}, so it was killed with every process it started", tail);
        }

        if (exitCode is not { } code)
        {
            return new ExitVerdict(ExitKind.Cancelled, null, null, "stopped because the run was cancelled", tail);
        }

        if (code == 0)
        {
            return new ExitVerdict(ExitKind.Succeeded, 0, null, "exited normally (code 0)", tail);
        }

        var signal = SignalOf(code);
        var how = signal is { } s ? $"killed by signal {s.ToString(CultureInfo.InvariantCulture)}{SignalName(s)}" : $"exit code {code.ToString(CultureInfo.InvariantCulture)}";
        var (kind, what) = RuntimeDeath(standardError, code);
        if (kind is { } k)
        {
            return new ExitVerdict(k, code, signal, $"{what} ({how})", tail);
        }

        return signal is null
            ? new ExitVerdict(ExitKind.ExitCode, code, null, how, tail)
            : new ExitVerdict(ExitKind.Signal, code, signal, how, tail);
    }

    /// <summary>The signal behind an exit code on Linux and macOS (128 + N), or null.</summary>
    public static int? SignalOf(int exitCode) =>
        !OperatingSystem.IsWindows() && exitCode is > 128 and <= 128 + 64 ? exitCode - 128 : null;

    /// <summary>The last <paramref name="lines"/> non-empty lines of <paramref name="text"/>.</summary>
    public static string Tail(string text, int lines)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).TakeLast(lines);
        return string.Join('\n', kept);
    }

    private static string SignalName(int signal) => signal switch
    {
        1 => ", SIGHUP",
        2 => ", SIGINT",
        3 => ", SIGQUIT",
        4 => ", SIGILL",
        6 => ", SIGABRT",
        7 => ", SIGBUS",
        8 => ", SIGFPE",
        9 => ", SIGKILL",
        11 => ", SIGSEGV",
        13 => ", SIGPIPE",
        15 => ", SIGTERM",
        _ => "",
    };

    // What the runtime prints as it dies; the Windows codes say the same where there is no text.
    private static (ExitKind? Kind, string What) RuntimeDeath(string standardError, int code)
    {
        if (standardError.Contains("Stack overflow.", StringComparison.Ordinal) || code == WindowsStackOverflow)
        {
            return (ExitKind.StackOverflow, "stack overflow");
        }

        if (standardError.Contains("Out of memory.", StringComparison.Ordinal) || standardError.Contains("System.OutOfMemoryException", StringComparison.Ordinal))
        {
            return (ExitKind.OutOfMemory, "out of memory");
        }

        var terminated = standardError.IndexOf("Process terminated.", StringComparison.Ordinal);
        if (terminated >= 0 || code == WindowsFailFast)
        {
            var message = terminated >= 0 ? FirstLineAfter(standardError, terminated + "Process terminated.".Length) : "";
            return (ExitKind.FailFast, message.Length > 0 ? $"Environment.FailFast: {message}" : "Environment.FailFast");
        }

        var unhandled = standardError.IndexOf("Unhandled exception.", StringComparison.Ordinal);
        if (unhandled >= 0 || code == WindowsUnhandledClrException)
        {
            var message = unhandled >= 0 ? FirstLineAfter(standardError, unhandled + "Unhandled exception.".Length) : "";
            return (ExitKind.UnhandledException, message.Length > 0 ? $"unhandled exception: {message}" : "unhandled exception");
        }

        return (null, "");
    }

    private static string FirstLineAfter(string text, int start) =>
        text[start..].Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
}
