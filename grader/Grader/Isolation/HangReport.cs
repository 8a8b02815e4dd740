using System.Globalization;
using System.Text;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Runtime;

namespace KitchenKatas.Grader.Isolation;

/// <summary>
/// What a hung .NET process was doing: the managed stack of every thread, which thread holds which Monitor lock
/// (<c>lock (obj)</c>) or <see cref="System.Threading.Lock"/>, and which threads wait to enter one. Read with ClrMD
/// from a snapshot that the process's own runtime writes through its diagnostics port.
/// </summary>
/// <remarks>
/// Not a live ptrace attach: the grader is usually the hung process's parent, and .NET's own reaping of child
/// processes in the parent takes the ptrace stop notices that ClrMD waits for, so a live attach hung in about half
/// of the runs (seen on a CI box and reproduced here).
/// </remarks>
public static class HangReport
{
    private const int FramesPerThread = 24;
    private const int HeapObjectsScanned = 2_000_000;

    /// <summary>
    /// Reports on each .NET process among <paramref name="pids"/>, skipping those that are not .NET or cannot be read,
    /// and giving up after <paramref name="budget"/>. Never throws: what could not be read is said in the text.
    /// </summary>
    public static string Capture(IEnumerable<int> pids, TimeSpan budget)
    {
        ArgumentNullException.ThrowIfNull(pids);
        var text = new StringBuilder();
        var deadline = DateTime.UtcNow + budget;
        foreach (var pid in pids)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"Process {pid}: no time left to read its threads.");
                continue;
            }

            // ClrMD blocks while it reads; a process that cannot be read in time is left to the kill that follows.
            var reading = Task.Run(() => Describe(pid));
            text.Append(reading.Wait(left) ? reading.Result : $"Process {pid}: its threads could not be read within {budget.TotalSeconds:0} s.\n");
        }

        return text.ToString().TrimEnd();
    }

    private static string Describe(int pid)
    {
        try
        {
            using var target = DataTarget.CreateSnapshotAndAttach(pid);
            if (target.ClrVersions.IsEmpty)
            {
                return "";
            }

            using var runtime = CreateRuntime(target.ClrVersions[0]);
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"Process {pid}, threads and what they were doing:");
            var waiting = new List<int>();
            foreach (var thread in runtime.Threads.Where(t => t.IsAlive))
            {
                var frames = thread.EnumerateStackTrace().Take(FramesPerThread).Select(FrameText).Where(f => f.Length > 0).ToList();
                if (!frames.Any(f => !f.StartsWith('[')))
                {
                    // Only runtime frames: a thread of the runtime's own, not one of the program's.
                    continue;
                }

                if (frames.Take(6).Any(IsLockWait))
                {
                    waiting.Add(thread.ManagedThreadId);
                }

                text.AppendLine(CultureInfo.InvariantCulture, $"  Thread {thread.ManagedThreadId} (OS thread {thread.OSThreadId}):");
                foreach (var frame in frames)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    at {frame}");
                }
            }

            var holders = LockHolders(runtime);
            if (holders.Count > 0 || waiting.Count > 0)
            {
                text.AppendLine("  Locks:");
                foreach (var line in holders)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    {line}");
                }

                foreach (var id in waiting)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    thread {id} is waiting to enter a lock");
                }

                if (holders.Count > 0 && waiting.Count > 1)
                {
                    text.AppendLine("    Threads that each hold a lock and wait for another are deadlocked: each waits for a lock the other will never let go.");
                }
            }

            return text.ToString();
        }
        catch (Exception e) when (e is ClrDiagnosticsException or DiagnosticsClientException or TimeoutException or InvalidOperationException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return $"Process {pid}: its threads could not be read ({e.Message}).\n";
        }
    }

    // The DAC that reads the runtime's data sits beside the runtime; ClrMD does not always find it on Linux by itself.
    private static ClrRuntime CreateRuntime(ClrInfo clr)
    {
        try
        {
            return clr.CreateRuntime();
        }
        catch (Exception e) when (e is ClrDiagnosticsException or FileNotFoundException or InvalidOperationException)
        {
            var folder = Path.GetDirectoryName(clr.ModuleInfo.FileName) ?? "";
            var dac = Path.Combine(folder, OperatingSystem.IsWindows() ? "mscordaccore.dll" : OperatingSystem.IsMacOS() ? "libmscordaccore.dylib" : "libmscordaccore.so");
            return clr.CreateRuntime(dac, ignoreMismatch: true);
        }
    }

    private static string FrameText(ClrStackFrame frame) =>
        frame.Method?.Signature ?? (frame.FrameName is { Length: > 0 } name ? $"[{name}]" : "");

    private static bool IsLockWait(string frame) =>
        frame.Contains("System.Threading.Monitor.", StringComparison.Ordinal)
        || frame.Contains("System.Threading.Lock.Enter", StringComparison.Ordinal)
        || frame.Contains("System.Threading.Lock.TryEnterSlow", StringComparison.Ordinal);

    // Contended Monitor locks live in sync blocks; System.Threading.Lock keeps its owner in a field.
    private static List<string> LockHolders(ClrRuntime runtime)
    {
        var threadsByAddress = runtime.Threads.ToDictionary(t => t.Address);
        var heap = runtime.Heap;
        var lines = new List<string>();
        foreach (var block in heap.EnumerateSyncBlocks().Where(b => b.IsMonitorHeld))
        {
            var owner = threadsByAddress.TryGetValue(block.HoldingThreadAddress, out var t) ? $"thread {t.ManagedThreadId}" : "a thread that is gone";
            var type = heap.GetObjectType(block.Object)?.Name ?? "an object";
            lines.Add($"{owner} holds the lock on {type} at 0x{block.Object:x} ({block.WaitingThreadCount} waiting)");
        }

        foreach (var lockObject in heap.EnumerateObjects().Take(HeapObjectsScanned).Where(o => o.Type?.Name == "System.Threading.Lock"))
        {
            var owner = lockObject.ReadField<int>("_owningThreadId");
            if (owner != 0)
            {
                lines.Add($"thread {owner} holds the System.Threading.Lock at 0x{lockObject.Address:x}");
            }
        }

        return lines;
    }
}
