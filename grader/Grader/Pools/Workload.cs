namespace KitchenKatas.Grader.Pools;

/// <summary>
/// A simulated kind of job: it waits off the stove for <see cref="Wait"/> (a delivery, a disk, the network),
/// then cooks on one burner for <see cref="Compute"/>. The stove has one burner per core.
/// </summary>
/// <param name="Name">How the kata names it, e.g. "mostly waiting".</param>
/// <param name="Compute">Time on a burner (CPU time) per job.</param>
/// <param name="Wait">Time waiting off the stove (I/O) per job; zero for CPU-bound work.</param>
public sealed record Workload(string Name, TimeSpan Compute, TimeSpan Wait)
{
    /// <summary>W/C: how long a job waits for each unit of time it computes.</summary>
    public double WaitToComputeRatio => Wait / Compute;

    /// <summary>The ideal number of threads by Goetz's rule, cores × (1 + W/C), before any clamping.</summary>
    public double IdealThreads(int cores) => cores * (1 + WaitToComputeRatio);

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Name} ({Compute.TotalMilliseconds:0.#} ms cooking, {Wait.TotalMilliseconds:0.#} ms waiting, W/C = {WaitToComputeRatio:0.##})");
}
