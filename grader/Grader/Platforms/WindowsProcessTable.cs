using System.Runtime.InteropServices;
using KitchenKatas.Grader.Isolation;

namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// Windows: the process table is a toolhelp snapshot (CreateToolhelp32Snapshot), each line a process and its parent's
/// id. Windows keeps no zombies and never hands orphans to a new parent, so a parent id may name a later process that
/// reused the id: <see cref="ProcessTree"/> counts a child only when it started after its parent. No process can be
/// frozen; <see cref="System.Diagnostics.Process.Kill(bool)"/> ends the tree.
/// </summary>
internal sealed unsafe partial class WindowsProcessTable : IProcessTable
{
    private readonly Func<IReadOnlyList<ProcessLink>> _snapshot;
    private readonly Func<int, ProcessInfo?> _read;

    /// <summary>The real table.</summary>
    public WindowsProcessTable()
        : this(ToolhelpSnapshot, DotnetProcessInfo.Read)
    {
    }

    /// <summary>A table over given system calls (tests).</summary>
    internal WindowsProcessTable(Func<IReadOnlyList<ProcessLink>> snapshot, Func<int, ProcessInfo?> read)
    {
        _snapshot = snapshot;
        _read = read;
    }

    /// <inheritdoc />
    public string Method => "toolhelp snapshot (CreateToolhelp32Snapshot) for the tree; Process.Kill(entireProcessTree: true) to end it";

    /// <inheritdoc />
    public bool CanList => true;

    /// <inheritdoc />
    public bool CanFreeze => false;

    /// <inheritdoc />
    public bool CanReadEnvironment => false;

    /// <inheritdoc />
    public IReadOnlyList<ProcessLink> Snapshot() => _snapshot();

    /// <inheritdoc />
    public ProcessInfo? Read(int pid) => _read(pid);

    /// <inheritdoc />
    public IReadOnlyList<ProcessStamp> Unreaped(int pid)
    {
        // An ended process leaves the table at once: every child still listed is running.
        if (_read(pid) is not { } parent)
        {
            return [];
        }

        return [.. _snapshot().Where(l => l.Parent == pid && l.Pid != pid)
            .Select(l => _read(l.Pid))
            .OfType<ProcessInfo>()
            .Where(child => child.Stamp.StartStamp >= parent.Stamp.StartStamp)
            .Select(child => child.Stamp)];
    }

    /// <inheritdoc />
    public bool Freeze(int pid) => false;

    /// <inheritdoc />
    public bool Kill(int pid) => DotnetProcessInfo.Kill(pid);

    /// <inheritdoc />
    public bool Carries(int pid, string variable) => false;

    /// <inheritdoc />
    public string CommandLine(int pid) => DotnetProcessInfo.Name(pid);

    private const uint SnapProcess = 0x00000002; // TH32CS_SNAPPROCESS
    private const int MaxPath = 260;

    private static IReadOnlyList<ProcessLink> ToolhelpSnapshot()
    {
        var snapshot = CreateToolhelp32Snapshot(SnapProcess, 0);
        if (snapshot == -1)
        {
            return []; // INVALID_HANDLE_VALUE
        }

        try
        {
            var links = new List<ProcessLink>();
            var entry = new ProcessEntry32 { Size = (uint)sizeof(ProcessEntry32) };
            for (var more = Process32FirstW(snapshot, &entry); more; more = Process32NextW(snapshot, &entry))
            {
                links.Add(new ProcessLink((int)entry.ProcessId, (int)entry.ParentProcessId));
            }

            return links;
        }
        finally
        {
            CloseHandle(snapshot);
        }
    }

    // PROCESSENTRY32W, with the name as UTF-16 units so the struct stays blittable.
    [StructLayout(LayoutKind.Sequential)]
    private struct ProcessEntry32
    {
        public uint Size;
        public uint Usage;
        public uint ProcessId;
        public nuint DefaultHeapId;
        public uint ModuleId;
        public uint Threads;
        public uint ParentProcessId;
        public int PriorityClassBase;
        public uint Flags;
        public fixed ushort ExeFile[MaxPath];
    }

    [LibraryImport("kernel32.dll", SetLastError = true)]
    private static partial nint CreateToolhelp32Snapshot(uint flags, uint processId);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool Process32FirstW(nint snapshot, ProcessEntry32* entry);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool Process32NextW(nint snapshot, ProcessEntry32* entry);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CloseHandle(nint handle);
}
