using System.Runtime.InteropServices;

namespace KitchenKatas.Grader.Isolation;

/// <summary>
/// Raw kill(2): <see cref="System.Diagnostics.Process.Kill(bool)"/> walks all of /proc for every process it kills,
/// far too slow against thousands, and cannot stop a process without killing it.
/// </summary>
internal static partial class Signals
{
    public const int Kill = 9;
    public const int Stop = 19;

    /// <summary>Sends <paramref name="signal"/> to <paramref name="pid"/>; false when it is gone or not ours.</summary>
    public static bool Send(int pid, int signal)
    {
        if (!OperatingSystem.IsLinux() || pid <= 1)
        {
            return false;
        }

        try
        {
            return SendSignal(pid, signal) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
