using System.Runtime.InteropServices;

namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// Raw kill(2) on Linux and macOS: <see cref="System.Diagnostics.Process.Kill(bool)"/> walks every process for each
/// one it kills, far too slow against thousands, and cannot stop a process without killing it. The signal numbers are
/// the caller's: SIGSTOP is 19 on Linux and 17 on macOS.
/// </summary>
internal static partial class Signals
{
    /// <summary>SIGKILL, the same everywhere.</summary>
    public const int Kill = 9;

    /// <summary>SIGSTOP on Linux.</summary>
    public const int LinuxStop = 19;

    /// <summary>SIGSTOP on macOS.</summary>
    public const int MacStop = 17;

    /// <summary>Sends <paramref name="signal"/> to <paramref name="pid"/>; false when it is gone, not ours, or there is no kill(2).</summary>
    public static bool Send(int pid, int signal)
    {
        if (pid <= 1 || !(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return false;
        }

        try
        {
            return (OperatingSystem.IsMacOS() ? SendOnMac(pid, signal) : SendOnLinux(pid, signal)) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendOnLinux(int pid, int signal);

    [LibraryImport("/usr/lib/libSystem.dylib", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendOnMac(int pid, int signal);
}
