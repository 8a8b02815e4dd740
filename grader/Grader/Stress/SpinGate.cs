namespace KitchenKatas.Grader.Stress;

/// <summary>
/// Busy-waiting that yields now and then. Spinning releases gated chefs within nanoseconds of each other,
/// which is what makes races show; yielding every so often keeps a loaded machine responsive
/// (measured here: far steadier than Barrier or ManualResetEventSlim).
/// </summary>
internal static class SpinGate
{
    private const int SpinsBetweenYields = 1024;

    /// <summary>One step of a wait loop; false once the run is abandoned and the waiter should leave.</summary>
    public static bool Pause(ref int spins, RunControl control)
    {
        if (++spins % SpinsBetweenYields != 0)
        {
            Thread.SpinWait(1);
            return true;
        }

        if (control.Abandoned)
        {
            return false;
        }

        Thread.Yield();
        return true;
    }

    /// <summary>Burns a few iterations so chefs start with a small random skew.</summary>
    public static void Skew(int iterations)
    {
        if (iterations > 0)
        {
            Thread.SpinWait(iterations);
        }
    }
}
