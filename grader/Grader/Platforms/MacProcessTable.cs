using System.Runtime.InteropServices;
using KitchenKatas.Grader.Isolation;

namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// macOS: the process table comes from libproc (proc_listallpids, then proc_pidinfo with PROC_PIDTBSDINFO for each
/// process's parent, state and start time; zombies included). SIGSTOP (17 here) freezes, SIGKILL ends.
/// </summary>
internal sealed unsafe partial class MacProcessTable : IProcessTable
{
    /// <summary>What proc_bsdinfo tells of one process.</summary>
    internal readonly record struct BsdInfo(int Parent, bool Zombie, ulong StartSeconds, ulong StartMicroseconds);

    private const int ZombieStatus = 5; // SZOMB

    private readonly Func<int[]> _allPids;
    private readonly Func<int, BsdInfo?> _bsdInfo;
    private readonly Func<int, ProcessInfo?> _usage;

    /// <summary>The real table.</summary>
    public MacProcessTable()
        : this(AllPids, Bsd, DotnetProcessInfo.Read)
    {
    }

    /// <summary>A table over given system calls (tests).</summary>
    internal MacProcessTable(Func<int[]> allPids, Func<int, BsdInfo?> bsdInfo, Func<int, ProcessInfo?> usage)
    {
        _allPids = allPids;
        _bsdInfo = bsdInfo;
        _usage = usage;
    }

    /// <inheritdoc />
    public string Method => "libproc (proc_listallpids, proc_pidinfo) for the tree; SIGSTOP then SIGKILL";

    /// <inheritdoc />
    public bool CanList => true;

    /// <inheritdoc />
    public bool CanFreeze => true;

    /// <inheritdoc />
    public bool CanReadEnvironment => false;

    /// <inheritdoc />
    public IReadOnlyList<ProcessLink> Snapshot() =>
        [.. _allPids().Select(pid => (pid, info: _bsdInfo(pid))).Where(p => p.info is not null).Select(p => new ProcessLink(p.pid, p.info!.Value.Parent))];

    /// <inheritdoc />
    public ProcessInfo? Read(int pid)
    {
        if (_bsdInfo(pid) is not { } bsd)
        {
            return null;
        }

        var stamp = new ProcessStamp(pid, StartStamp(bsd.StartSeconds, bsd.StartMicroseconds));
        var usage = bsd.Zombie ? null : _usage(pid);
        return new ProcessInfo(stamp, !bsd.Zombie, usage?.Threads ?? 0, usage?.ResidentBytes ?? 0);
    }

    /// <inheritdoc />
    public IReadOnlyList<ProcessStamp> Unreaped(int pid) =>
        [.. Snapshot().Where(l => l.Parent == pid && l.Pid != pid).Select(l => Read(l.Pid)).OfType<ProcessInfo>().Select(i => i.Stamp)];

    /// <inheritdoc />
    public bool Freeze(int pid) => Signals.Send(pid, Signals.MacStop);

    /// <inheritdoc />
    public bool Kill(int pid) => Signals.Send(pid, Signals.Kill);

    /// <inheritdoc />
    public bool Carries(int pid, string variable) => false;

    /// <inheritdoc />
    public string CommandLine(int pid) => DotnetProcessInfo.Name(pid);

    /// <summary>
    /// The start stamp, UTC ticks computed as .NET computes <see cref="System.Diagnostics.Process.StartTime"/> on
    /// macOS (seconds plus microseconds as a double), so it equals what a process reads of itself there.
    /// </summary>
    internal static long StartStamp(ulong seconds, ulong microseconds) =>
        (DateTime.UnixEpoch + TimeSpan.FromSeconds(seconds + (microseconds / 1_000_000.0))).Ticks;

    private static int[] AllPids()
    {
        try
        {
            var estimate = ListAllPids(null, 0);
            if (estimate <= 0)
            {
                return [];
            }

            var pids = new int[estimate + 64]; // room for processes started since the estimate
            fixed (int* buffer = pids)
            {
                var count = ListAllPids(buffer, pids.Length * sizeof(int));
                return count <= 0 ? [] : pids[..Math.Min(count, pids.Length)];
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return [];
        }
    }

    private static BsdInfo? Bsd(int pid)
    {
        try
        {
            ProcBsdInfo info;
            // A non-zero argument finds a zombie too.
            return PidInfo(pid, ProcPidTbsdInfo, 1, &info, sizeof(ProcBsdInfo)) == sizeof(ProcBsdInfo)
                ? new BsdInfo((int)info.ParentPid, info.Status == ZombieStatus, info.StartSeconds, info.StartMicroseconds)
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private const int ProcPidTbsdInfo = 3; // PROC_PIDTBSDINFO

    // struct proc_bsdinfo from sys/proc_info.h: 136 bytes.
    [StructLayout(LayoutKind.Sequential)]
    private struct ProcBsdInfo
    {
        public uint Flags;
        public uint Status;
        public uint ExitStatus;
        public uint Pid;
        public uint ParentPid;
        public uint Uid;
        public uint Gid;
        public uint RealUid;
        public uint RealGid;
        public uint SavedUid;
        public uint SavedGid;
        public uint Reserved;
        public fixed byte Command[16];
        public fixed byte Name[32];
        public uint Files;
        public uint ProcessGroup;
        public uint JobControl;
        public uint TerminalDevice;
        public uint TerminalProcessGroup;
        public int Nice;
        public ulong StartSeconds;
        public ulong StartMicroseconds;
    }

    [LibraryImport("libproc", EntryPoint = "proc_listallpids")]
    private static partial int ListAllPids(int* buffer, int bufferSize);

    [LibraryImport("libproc", EntryPoint = "proc_pidinfo")]
    private static partial int PidInfo(int pid, int flavor, ulong arg, void* buffer, int bufferSize);
}
