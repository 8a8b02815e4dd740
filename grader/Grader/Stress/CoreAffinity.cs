using System.Runtime.InteropServices;

namespace KitchenKatas.Grader.Stress;

/// <summary>
/// Pins the calling thread to one core, as jcstress does: unpinned, two gated actors often share a core
/// and their trials run one after the other, so races hide. A no-op where the OS has no such call.
/// </summary>
internal static partial class CoreAffinity
{
    private const int MaskBytes = 128; // cpu_set_t: room for 1024 cores

    /// <summary>The CPUs this process may run on, in order; falls back to 0..ProcessorCount-1.</summary>
    public static IReadOnlyList<int> AllowedCpus()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var mask = new byte[MaskBytes];
                if (SchedGetAffinity(0, MaskBytes, mask) == 0)
                {
                    var cpus = new List<int>();
                    for (var cpu = 0; cpu < MaskBytes * 8; cpu++)
                    {
                        if ((mask[cpu / 8] & (1 << (cpu % 8))) != 0)
                        {
                            cpus.Add(cpu);
                        }
                    }

                    if (cpus.Count > 0)
                    {
                        return cpus;
                    }
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libc to ask: use the plain count below.
            }
        }

        return Enumerable.Range(0, Environment.ProcessorCount).ToArray();
    }

    /// <summary>Pins the calling thread to <paramref name="cpu"/>; returns false where that is not possible.</summary>
    public static bool PinCurrentThread(int cpu)
    {
        if (!OperatingSystem.IsLinux() || cpu < 0 || cpu >= MaskBytes * 8)
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
