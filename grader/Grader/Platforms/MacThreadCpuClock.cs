using System.Runtime.InteropServices;

namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// macOS: a thread's id is its Mach port in this process (pthread_mach_thread_np), its CPU time comes from
/// thread_info(THREAD_BASIC_INFO), in seconds and microseconds.
/// </summary>
internal sealed unsafe partial class MacThreadCpuClock : IThreadCpuClock
{
    private const string LibSystem = "/usr/lib/libSystem.dylib";
    private const uint ThreadBasicInfo = 3;
    private const int ThreadBasicInfoCount = 10; // sizeof(thread_basic_info_data_t) / sizeof(int)

    private readonly Func<uint> _currentPort;
    private readonly Func<uint, int[]?> _basicInfo;
    private readonly Lazy<bool> _supported;

    /// <summary>The real clock.</summary>
    public MacThreadCpuClock()
        : this(() => MachThreadOf(PthreadSelf()), BasicInfo)
    {
    }

    /// <summary>A clock over given system calls (tests): <paramref name="basicInfo"/> returns the ten ints of thread_basic_info.</summary>
    internal MacThreadCpuClock(Func<uint> currentPort, Func<uint, int[]?> basicInfo)
    {
        _currentPort = currentPort;
        _basicInfo = basicInfo;
        _supported = new(() => CurrentThreadId() is { } id && CpuTime(id) is not null);
    }

    /// <inheritdoc />
    public string Method => "thread_info(THREAD_BASIC_INFO) on the thread's Mach port";

    /// <inheritdoc />
    public bool IsSupported => _supported.Value;

    /// <inheritdoc />
    public long? CurrentThreadId()
    {
        try
        {
            var port = _currentPort();
            return port == 0 ? null : port;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public TimeSpan? CpuTime(long threadId)
    {
        if (threadId is <= 0 or > uint.MaxValue)
        {
            return null;
        }

        try
        {
            // user_time {seconds, microseconds}, then system_time {seconds, microseconds}.
            return _basicInfo((uint)threadId) is { Length: >= 4 } info
                ? TimeSpan.FromSeconds(info[0] + info[2]) + TimeSpan.FromMicroseconds(info[1] + info[3])
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static int[]? BasicInfo(uint port)
    {
        var info = new int[ThreadBasicInfoCount];
        var count = (uint)ThreadBasicInfoCount;
        fixed (int* buffer = info)
        {
            return ThreadInfo(port, ThreadBasicInfo, buffer, ref count) == 0 ? info : null; // KERN_SUCCESS
        }
    }

    [LibraryImport(LibSystem, EntryPoint = "pthread_self")]
    private static partial nint PthreadSelf();

    [LibraryImport(LibSystem, EntryPoint = "pthread_mach_thread_np")]
    private static partial uint MachThreadOf(nint thread);

    [LibraryImport(LibSystem, EntryPoint = "thread_info")]
    private static partial int ThreadInfo(uint thread, uint flavor, int* info, ref uint count);
}
