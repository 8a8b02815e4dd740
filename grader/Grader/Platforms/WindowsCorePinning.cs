using System.Runtime.InteropServices;

namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// Windows: GetProcessAffinityMask and SetThreadAffinityMask on the calling thread. One mask bit per core of the
/// process's processor group, so cores past the first 64 are not pinned.
/// </summary>
internal sealed partial class WindowsCorePinning : ICorePinning
{
    private readonly Func<ulong?> _processMask;
    private readonly Func<ulong, bool> _setThreadMask;

    /// <summary>The real pinning.</summary>
    public WindowsCorePinning()
        : this(ProcessMask, SetThreadMask)
    {
    }

    /// <summary>Pinning over given system calls (tests).</summary>
    internal WindowsCorePinning(Func<ulong?> processMask, Func<ulong, bool> setThreadMask)
    {
        _processMask = processMask;
        _setThreadMask = setThreadMask;
    }

    /// <inheritdoc />
    public string Method => "SetThreadAffinityMask on each chef's thread (first 64 cores)";

    /// <inheritdoc />
    public bool IsSupported => true;

    /// <inheritdoc />
    public IReadOnlyList<int> AllowedCpus()
    {
        ulong mask = 0;
        try
        {
            mask = _processMask() ?? 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No kernel32 to ask: use the plain count below.
        }

        var cpus = Enumerable.Range(0, 64).Where(cpu => (mask & (1UL << cpu)) != 0).ToArray();
        return cpus.Length > 0 ? cpus : Enumerable.Range(0, Environment.ProcessorCount).ToArray();
    }

    /// <inheritdoc />
    public bool PinCurrentThread(int cpu)
    {
        if (cpu is < 0 or >= 64)
        {
            return false;
        }

        try
        {
            return _setThreadMask(1UL << cpu);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static ulong? ProcessMask() =>
        GetProcessAffinityMask(GetCurrentProcess(), out var process, out _) ? process : null;

    // A mask wider than a pointer cannot be set: 32-bit processes see 32 cores.
    private static bool SetThreadMask(ulong mask) =>
        mask <= nuint.MaxValue && SetThreadAffinityMask(GetCurrentThread(), (nuint)mask) != 0;

    [LibraryImport("kernel32.dll")]
    private static partial nint GetCurrentProcess();

    [LibraryImport("kernel32.dll")]
    private static partial nint GetCurrentThread();

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool GetProcessAffinityMask(nint process, out nuint processAffinityMask, out nuint systemAffinityMask);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    private static partial nuint SetThreadAffinityMask(nint thread, nuint threadAffinityMask);
}
