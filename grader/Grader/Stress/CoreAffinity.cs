using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Grader.Stress;

/// <summary>
/// Pins the calling thread to one core, as jcstress does: unpinned, two gated chefs often share a core and their
/// trials run one after the other, so races hide. A no-op where the system has no such call (macOS).
/// </summary>
internal static class CoreAffinity
{
    /// <summary>The CPUs this process may run on, in order.</summary>
    public static IReadOnlyList<int> AllowedCpus() => Platform.Current.Pinning.AllowedCpus();

    /// <summary>Pins the calling thread to <paramref name="cpu"/>; returns false where that is not possible.</summary>
    public static bool PinCurrentThread(int cpu) => Platform.Current.Pinning.PinCurrentThread(cpu);
}
