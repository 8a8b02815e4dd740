namespace KitchenKatas.Grader.Bench;

/// <summary>What else the machine was doing: figures from a shared machine are read for what they are.</summary>
internal static class MachineLoad
{
    /// <summary>The 1-minute load average (Linux), or "unknown".</summary>
    public static string OneMinute() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
