namespace KitchenKatas.Grader.Platforms;

/// <summary>The crash classes an exit code can name on its own, without the words a process wrote as it died.</summary>
public enum CrashClass
{
    /// <summary>The code names no crash: the program chose it, or the system says nothing more.</summary>
    None,

    /// <summary>A signal ended it (Linux and macOS) and nothing more specific is known.</summary>
    Signal,

    /// <summary>It overflowed its stack.</summary>
    StackOverflow,

    /// <summary>It called <see cref="Environment.FailFast(string)"/>.</summary>
    FailFast,

    /// <summary>The .NET runtime ended it for an exception nobody caught.</summary>
    UnhandledException,

    /// <summary>It read or wrote memory it does not own.</summary>
    AccessViolation,
}

/// <summary>What an exit code says about how a process ended.</summary>
/// <param name="Crash">The crash class the code names, if any.</param>
/// <param name="Signal">The signal behind it (Linux and macOS report 128 + N), if any.</param>
/// <param name="Words">The code in words, e.g. "killed by signal 6, SIGABRT" or "exit code 0xC00000FD".</param>
public sealed record ExitCodeMeaning(CrashClass Crash, int? Signal, string Words);

/// <summary>
/// The exit-classification concern: what an exit code means on this operating system. Linux and macOS end a crashed
/// process with a signal (exit code 128 + N, with different numbers for some signals); Windows with an NTSTATUS code.
/// </summary>
public interface IExitCodes
{
    /// <summary>How crashes show in exit codes here, in words for <c>kitchen doctor</c>.</summary>
    string Method { get; }

    /// <summary>What <paramref name="exitCode"/> (non-zero) means.</summary>
    ExitCodeMeaning Explain(int exitCode);
}
