namespace KitchenKatas.Grader.Platforms;

/// <summary>A system that cannot keep a thread on one core (macOS: its affinity API is only a hint, and none on Apple Silicon).</summary>
internal sealed class NoCorePinning(string why) : ICorePinning
{
    /// <inheritdoc />
    public string Method => why;

    /// <inheritdoc />
    public bool IsSupported => false;

    /// <inheritdoc />
    public IReadOnlyList<int> AllowedCpus() => Enumerable.Range(0, Environment.ProcessorCount).ToArray();

    /// <inheritdoc />
    public bool PinCurrentThread(int cpu) => false;
}
