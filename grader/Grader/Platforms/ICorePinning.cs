namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// The core-pinning concern: keeping one thread on one core, as jcstress does. Unpinned, two gated chefs often share
/// a core and run one after the other, so races hide; pinned, they truly run at once.
/// </summary>
public interface ICorePinning
{
    /// <summary>How threads are pinned, in words for <c>kitchen doctor</c>.</summary>
    string Method { get; }

    /// <summary>True where <see cref="PinCurrentThread"/> can work on this machine.</summary>
    bool IsSupported { get; }

    /// <summary>The cores this process may run on, in order.</summary>
    IReadOnlyList<int> AllowedCpus();

    /// <summary>Keeps the calling thread on <paramref name="cpu"/>; false where that is not possible.</summary>
    bool PinCurrentThread(int cpu);
}
