namespace KitchenKatas.Grader.Building;

/// <summary>
/// Random, bounded pauses that an instrumented build of the learner's code calls between statements.
/// They stretch the gap between two steps that should have been one (update the items, then the total),
/// so a race that real cores hit once in a million trials shows up in a few hundred. Correct code only slows.
/// </summary>
public static class Noise
{
    [ThreadStatic]
    private static uint _state;

    /// <summary>Pauses for a random short while: mostly nothing, sometimes a spin, now and then a yield.</summary>
    public static void Jitter()
    {
        var r = Next();
        switch (r & 15)
        {
            case 0:
                Thread.Yield();
                break;
            case 1:
            case 2:
            case 3:
                Thread.SpinWait((int)((r >> 8) & 255));
                break;
            default:
                break;
        }
    }

    /// <summary>Sets the calling thread's noise sequence, for repeatable runs.</summary>
    public static void Seed(int seed) => _state = (uint)seed | 1;

    private static uint Next()
    {
        var x = _state;
        if (x == 0)
        {
            x = (uint)Environment.CurrentManagedThreadId * 2654435761u | 1;
        }

        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        _state = x;
        return x;
    }
}
