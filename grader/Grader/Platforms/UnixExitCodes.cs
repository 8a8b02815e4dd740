using System.Globalization;

namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// Exit codes on Linux and macOS: a process a signal ended reports 128 + N. The two number some signals differently
/// (SIGBUS is 7 on Linux and 10 on macOS), so each has its own table of names.
/// </summary>
internal sealed class UnixExitCodes(string system, IReadOnlyDictionary<int, string> signalNames) : IExitCodes
{
    /// <summary>Linux's signal numbers (signal(7)).</summary>
    public static UnixExitCodes Linux { get; } = new("Linux", new Dictionary<int, string>
    {
        [1] = "SIGHUP", [2] = "SIGINT", [3] = "SIGQUIT", [4] = "SIGILL", [5] = "SIGTRAP", [6] = "SIGABRT", [7] = "SIGBUS",
        [8] = "SIGFPE", [9] = "SIGKILL", [10] = "SIGUSR1", [11] = "SIGSEGV", [12] = "SIGUSR2", [13] = "SIGPIPE", [14] = "SIGALRM",
        [15] = "SIGTERM", [19] = "SIGSTOP", [31] = "SIGSYS",
    });

    /// <summary>macOS's signal numbers (sys/signal.h).</summary>
    public static UnixExitCodes MacOS { get; } = new("macOS", new Dictionary<int, string>
    {
        [1] = "SIGHUP", [2] = "SIGINT", [3] = "SIGQUIT", [4] = "SIGILL", [5] = "SIGTRAP", [6] = "SIGABRT", [7] = "SIGEMT",
        [8] = "SIGFPE", [9] = "SIGKILL", [10] = "SIGBUS", [11] = "SIGSEGV", [12] = "SIGSYS", [13] = "SIGPIPE", [14] = "SIGALRM",
        [15] = "SIGTERM", [17] = "SIGSTOP", [30] = "SIGUSR1", [31] = "SIGUSR2",
    });

    /// <inheritdoc />
    public string Method => $"{system}: a crash ends the process with a signal, exit code 128 + the signal's number";

    /// <inheritdoc />
    public ExitCodeMeaning Explain(int exitCode)
    {
        if (exitCode is not (> 128 and <= 128 + 64))
        {
            return new ExitCodeMeaning(CrashClass.None, null, $"exit code {exitCode.ToString(CultureInfo.InvariantCulture)}");
        }

        // The runtime ends a stack overflow, FailFast and an unhandled exception alike with SIGABRT: only its last
        // words on standard error tell them apart.
        var signal = exitCode - 128;
        var name = signalNames.TryGetValue(signal, out var n) ? ", " + n : "";
        return new ExitCodeMeaning(CrashClass.Signal, signal, $"killed by signal {signal.ToString(CultureInfo.InvariantCulture)}{name}");
    }
}
