using System.Globalization;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Grader.Isolation;

/// <summary>
/// Turns an exit status into an <see cref="ExitVerdict"/>: the exit code, what it means on this operating system
/// (<see cref="IExitCodes"/>: a signal on Linux and macOS, an NTSTATUS code on Windows), and what the .NET runtime
/// wrote on standard error as it died (stack overflow, FailFast, out of memory, unhandled exception).
/// </summary>
public static class ExitClassifier
{
    /// <summary>How many lines of standard error a verdict keeps.</summary>
    public const int TailLines = 6;

    /// <summary>Classifies an ending, reading its exit code as this machine's operating system means it.</summary>
    /// <param name="exitCode">The exit code; null when the runner killed it.</param>
    /// <param name="timedOut">True when the runner killed it for running past <paramref name="timeout"/>.</param>
    /// <param name="standardError">What it wrote on standard error (may be capped).</param>
    /// <param name="timeout">Its time limit, for the words of a timeout.</param>
    public static ExitVerdict Classify(int? exitCode, bool timedOut, string standardError, TimeSpan? timeout = null) =>
        Classify(exitCode, timedOut, standardError, Platform.Current.ExitCodes, timeout);

    /// <summary>Classifies an ending, reading its exit code with <paramref name="codes"/> (another system's, in tests).</summary>
    public static ExitVerdict Classify(int? exitCode, bool timedOut, string standardError, IExitCodes codes, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(codes);
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

        var meaning = codes.Explain(code);
        var (kind, what) = RuntimeDeath(standardError, meaning.Crash);
        if (kind is { } k)
        {
            return new ExitVerdict(k, code, meaning.Signal, $"{what} ({meaning.Words})", tail);
        }

        return meaning.Signal is null
            ? new ExitVerdict(ExitKind.ExitCode, code, null, meaning.Words, tail)
            : new ExitVerdict(ExitKind.Signal, code, meaning.Signal, meaning.Words, tail);
    }

    /// <summary>The signal behind an exit code on Linux and macOS (128 + N), or null (always on Windows).</summary>
    public static int? SignalOf(int exitCode) => Platform.Current.ExitCodes.Explain(exitCode).Signal;

    /// <summary>The last <paramref name="lines"/> non-empty lines of <paramref name="text"/>.</summary>
    public static string Tail(string text, int lines)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).TakeLast(lines);
        return string.Join('\n', kept);
    }

    // What the runtime prints as it dies; where it printed nothing, what the exit code alone names (Windows).
    private static (ExitKind? Kind, string What) RuntimeDeath(string standardError, CrashClass crash)
    {
        if (standardError.Contains("Stack overflow.", StringComparison.Ordinal) || crash == CrashClass.StackOverflow)
        {
            return (ExitKind.StackOverflow, "stack overflow");
        }

        if (standardError.Contains("Out of memory.", StringComparison.Ordinal) || standardError.Contains("System.OutOfMemoryException", StringComparison.Ordinal))
        {
            return (ExitKind.OutOfMemory, "out of memory");
        }

        var terminated = standardError.IndexOf("Process terminated.", StringComparison.Ordinal);
        if (terminated >= 0 || crash == CrashClass.FailFast)
        {
            var message = terminated >= 0 ? FirstLineAfter(standardError, terminated + "Process terminated.".Length) : "";
            return (ExitKind.FailFast, message.Length > 0 ? $"Environment.FailFast: {message}" : "Environment.FailFast");
        }

        var unhandled = standardError.IndexOf("Unhandled exception.", StringComparison.Ordinal);
        if (unhandled >= 0 || crash == CrashClass.UnhandledException)
        {
            var message = unhandled >= 0 ? FirstLineAfter(standardError, unhandled + "Unhandled exception.".Length) : "";
            return (ExitKind.UnhandledException, message.Length > 0 ? $"unhandled exception: {message}" : "unhandled exception");
        }

        return crash == CrashClass.AccessViolation ? (ExitKind.AccessViolation, "access violation") : (null, "");
    }

    private static string FirstLineAfter(string text, int start) =>
        text[start..].Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
}
