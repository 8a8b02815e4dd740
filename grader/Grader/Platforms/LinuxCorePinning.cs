using System.Runtime.InteropServices;

namespace KitchenKatas.Grader.Platforms;

/// <summary>Linux: sched_getaffinity and sched_setaffinity on the calling thread (pid 0).</summary>
internal sealed partial class LinuxCorePinning : ICorePinning
{
    private const int MaskBytes = 128; // cpu_set_t: room for 1024 cores

    /// <inheritdoc />
    public string Method => "sched_setaffinity on each chef's thread";

    /// <inheritdoc />
    public bool IsSupported => true;

    /// <inheritdoc />
    public IReadOnlyList<int> AllowedCpus()
    {
        try
        {
            var mask = new byte[MaskBytes];
            if (SchedGetAffinity(0, MaskBytes, mask) == 0)
            {
                var cpus = Enumerable.Range(0, MaskBytes * 8).Where(cpu => (mask[cpu / 8] & (1 << (cpu % 8))) != 0).ToArray();
                if (cpus.Length > 0)
                {
                    return cpus;
                }
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc to ask: use the plain count below.
        }

        return Enumerable.Range(0, Environment.ProcessorCount).ToArray();
    }

    /// <inheritdoc />
    public bool PinCurrentThread(int cpu)
    {
        if (cpu is < 0 or >= MaskBytes * 8)
        {
            return false;
        }

        try
        {
            var mask = new byte[MaskBytes];
            mask[cpu / 8] = (byte)(1 << (cpu % 8));
            return SchedSetAffinity(0, MaskBytes, mask) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
    private static partial int SchedSetAffinity(int pid, nint size, byte[] mask);

    [LibraryImport("libc", EntryPoint = "sched_getaffinity", SetLastError = true)]
    private static partial int SchedGetAffinity(int pid, nint size, byte[] mask);
}
