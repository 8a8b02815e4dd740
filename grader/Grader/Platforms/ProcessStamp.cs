using System.Diagnostics;

namespace KitchenKatas.Grader.Platforms;

/// <summary>One process seen in a tree: its id and its start time, so a reused id is never mistaken for it.</summary>
/// <param name="Pid">Process id.</param>
/// <param name="StartStamp">
/// Its start time: on Linux in the kernel's clock ticks (field 22 of /proc/PID/stat), elsewhere in UTC ticks of
/// <see cref="Process.StartTime"/>. Only compared with stamps of the same machine.
/// </param>
public readonly record struct ProcessStamp(int Pid, long StartStamp);
