using System.Runtime.InteropServices;

namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// The one place that chooses, for this operating system, how each platform concern is met: the process tree, the
/// thread CPU clock, core pinning and the meaning of exit codes. Everything else asks <see cref="Current"/>.
/// </summary>
/// <param name="Name">The operating system, e.g. "Linux".</param>
/// <param name="Processes">How the process tree is read and ended.</param>
/// <param name="ThreadClock">How one thread's CPU time is read.</param>
/// <param name="Pinning">How a thread is kept on one core.</param>
/// <param name="ExitCodes">What an exit code means.</param>
/// <param name="Sandbox">What keeps learner code away from the machine's files, network and processes.</param>
public sealed record Platform(string Name, IProcessTable Processes, IThreadCpuClock ThreadClock, ICorePinning Pinning, IExitCodes ExitCodes, ISandbox Sandbox)
{
    /// <summary>This machine's.</summary>
    public static Platform Current { get; } =
        OperatingSystem.IsLinux() ? Linux()
        : OperatingSystem.IsWindows() ? Windows()
        : OperatingSystem.IsMacOS() ? MacOS()
        : Other(RuntimeInformation.OSDescription);

    /// <summary>Linux: /proc, sched_setaffinity, signals.</summary>
    public static Platform Linux() =>
        new("Linux", new LinuxProcessTable(), new LinuxThreadCpuClock(), new LinuxCorePinning(), UnixExitCodes.Linux, new LinuxSandbox());

    /// <summary>Windows: toolhelp snapshots, GetThreadTimes, SetThreadAffinityMask, NTSTATUS codes.</summary>
    public static Platform Windows() =>
        new("Windows", new WindowsProcessTable(), new WindowsThreadCpuClock(), new WindowsCorePinning(), WindowsExitCodes.Instance,
            new NoSandbox("Windows gives this grader no file or network isolation; a run keeps its time, output, memory and process-tree limits, and can read what your account can: grade strangers' code in a throwaway virtual machine or on CI"));

    /// <summary>macOS: libproc, Mach thread_info, no pinning, signals.</summary>
    public static Platform MacOS() =>
        new("macOS", new MacProcessTable(), new MacThreadCpuClock(), new NoCorePinning("none: macOS offers no way to keep a thread on one core"), UnixExitCodes.MacOS,
            new NoSandbox("macOS's own sandbox tool is deprecated, so a run keeps only its time, output, memory and process-tree limits, and can read what your account can: grade strangers' code on Linux with bubblewrap, or on CI"));

    /// <summary>A system the grader has no special knowledge of: only what .NET itself offers.</summary>
    public static Platform Other(string name) =>
        new(name,
            new NoProcessTable("none known here: only Process.Kill(entireProcessTree: true)"),
            new NoThreadCpuClock("none known here"),
            new NoCorePinning("none known here"),
            UnixExitCodes.Linux,
            new NoSandbox("none known on this system; a run keeps only its time and output limits"));

    /// <summary>Why this machine cannot give <paramref name="need"/>, in plain words; null when it can.</summary>
    public string? Lacks(MachineNeed need) => need switch
    {
        MachineNeed.ThreadCpuClock when !ThreadClock.IsSupported =>
            $"{Name} here does not tell how much CPU one thread used, so idle chefs cannot be told from the rest of the program",
        MachineNeed.ProcessTree when !Processes.CanList =>
            $"{Name} here does not list which processes a program started, so left-over tabs cannot be found",
        MachineNeed.CorePinning when !Pinning.IsSupported =>
            $"{Name} cannot keep a chef's thread on one core",
        _ => null,
    };
}
