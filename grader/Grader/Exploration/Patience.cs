namespace KitchenKatas.Grader.Exploration;

/// <summary>How long an attempt to take a lock, a permit or a read/write lock may wait, as the model sees it.</summary>
internal enum Patience
{
    /// <summary>A timeout of 0, or a TryEnter without one: one look, then on without it.</summary>
    Once,

    /// <summary>A positive timeout: may wait until the holder lets go, or give up when the time runs out.</summary>
    Timed,

    /// <summary>An infinite timeout (-1): waits as long as it takes, like Enter.</summary>
    Forever,
}

/// <summary>Reads timeouts the way the real primitives do, and refuses the ones they refuse.</summary>
internal static class Patiences
{
    public static Patience Of(int millisecondsTimeout) =>
        millisecondsTimeout switch
        {
            Timeout.Infinite => Patience.Forever,
            0 => Patience.Once,
            > 0 => Patience.Timed,
            _ => throw ExplorerFaults.Modelled(new ArgumentOutOfRangeException(nameof(millisecondsTimeout), millisecondsTimeout, "The timeout must be -1 (infinite) or at least 0.")),
        };

    public static Patience Of(TimeSpan timeout)
    {
        var milliseconds = (long)timeout.TotalMilliseconds;
        return milliseconds is < -1 or > int.MaxValue
            ? throw ExplorerFaults.Modelled(new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be -1 ms (infinite) or between 0 and Int32.MaxValue ms."))
            : Of((int)milliseconds);
    }
}
