using System.Globalization;
using System.Runtime.InteropServices;

namespace Kitchen.ThreadPool.Checks;

/// <summary>What cooking a batch of orders cost one kitchen: time, chefs hired, memory.</summary>
/// <param name="Time">Median wall-clock time, from opening the kitchen to the last order cooked.</param>
/// <param name="Chefs">Different threads that cooked orders.</param>
/// <param name="AllocatedBytes">Median managed memory allocated during the run.</param>
public sealed record KitchenCost(TimeSpan Time, int Chefs, long AllocatedBytes)
{
    /// <summary>
    /// Address space .NET reserves for each new thread's stack: 1.5 MB on Linux and macOS, 1 MB on Windows.
    /// Every new chef has it set up and torn down again.
    /// </summary>
    public static long StackBytes { get; } = OperatingSystem.IsWindows() ? 1L << 20 : 3L << 19;

    /// <summary>Stacks of every chef hired plus the managed allocations.</summary>
    public long MemoryBytes => Chefs * StackBytes + AllocatedBytes;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Time.TotalMilliseconds:N0} ms, {Chefs:N0} chef(s) hired, ~{Size(MemoryBytes)} of memory ({Size(Chefs * StackBytes)} of stacks + {Size(AllocatedBytes)} allocated)");

    private static string Size(long bytes) =>
        bytes >= 1L << 30 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GB")
        : bytes >= 1L << 20 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");

    /// <summary>The process architecture, for the message.</summary>
    public static string Machine => $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}";
}
