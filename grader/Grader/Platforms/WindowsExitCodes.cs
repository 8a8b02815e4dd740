using System.Globalization;

namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// Exit codes on Windows: no signals; a crashed process ends with an NTSTATUS or HRESULT code that names the crash
/// (what <see cref="System.Diagnostics.Process.ExitCode"/> shows as a negative number).
/// </summary>
internal sealed class WindowsExitCodes : IExitCodes
{
    /// <summary>The one instance.</summary>
    public static WindowsExitCodes Instance { get; } = new();

    private static readonly Dictionary<uint, CrashClass> Known = new()
    {
        [0xC00000FD] = CrashClass.StackOverflow,
        // Environment.FailFast ends the process with __fastfail, which Windows reports as a stack buffer overrun;
        // older runtimes used COR_E_FAILFAST.
        [0xC0000409] = CrashClass.FailFast,
        [0x80131623] = CrashClass.FailFast,
        // The exception code the runtime raises for a managed exception nobody caught.
        [0xE0434352] = CrashClass.UnhandledException,
        [0xC0000005] = CrashClass.AccessViolation,
    };

    /// <inheritdoc />
    public string Method => "Windows: a crash ends the process with an NTSTATUS code (0xC00000FD stack overflow, 0xC0000409 FailFast, 0xE0434352 unhandled exception)";

    /// <inheritdoc />
    public ExitCodeMeaning Explain(int exitCode)
    {
        var status = unchecked((uint)exitCode);
        return Known.TryGetValue(status, out var crash)
            ? new ExitCodeMeaning(crash, null, $"exit code 0x{status.ToString("X8", CultureInfo.InvariantCulture)}")
            : new ExitCodeMeaning(CrashClass.None, null, $"exit code {exitCode.ToString(CultureInfo.InvariantCulture)}");
    }
}
