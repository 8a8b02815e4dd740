using System.Runtime.InteropServices;

namespace KitchenKatas.Grader.Platforms;

/// <summary>Windows: a thread's id is GetCurrentThreadId, its CPU time comes from GetThreadTimes (100 ns units).</summary>
internal sealed partial class WindowsThreadCpuClock : IThreadCpuClock
{
    private readonly Func<uint> _currentThreadId;
    private readonly Func<uint, (long Kernel, long User)?> _threadTimes;
    private readonly Lazy<bool> _supported;

    /// <summary>The real clock.</summary>
    public WindowsThreadCpuClock()
        : this(GetCurrentThreadId, Times)
    {
    }

    /// <summary>A clock over given system calls (tests).</summary>
    internal WindowsThreadCpuClock(Func<uint> currentThreadId, Func<uint, (long Kernel, long User)?> threadTimes)
    {
        _currentThreadId = currentThreadId;
        _threadTimes = threadTimes;
        _supported = new(() => CurrentThreadId() is { } id && CpuTime(id) is not null);
    }

    /// <inheritdoc />
    public string Method => "GetThreadTimes on the thread's handle (kernel32)";

    /// <inheritdoc />
    public bool IsSupported => _supported.Value;

    /// <inheritdoc />
    public long? CurrentThreadId()
    {
        try
        {
            return _currentThreadId();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public TimeSpan? CpuTime(long threadId)
    {
        if (threadId is < 0 or > uint.MaxValue)
        {
            return null;
        }

        try
        {
            // FILETIME durations count 100 ns, the unit of TimeSpan ticks.
            return _threadTimes((uint)threadId) is { } t ? TimeSpan.FromTicks(t.Kernel + t.User) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private const uint ThreadQueryLimitedInformation = 0x0800;

    private static (long Kernel, long User)? Times(uint threadId)
    {
        var handle = OpenThread(ThreadQueryLimitedInformation, false, threadId);
        if (handle == 0)
        {
            return null; // gone, or not ours
        }

        try
        {
            return GetThreadTimes(handle, out _, out _, out var kernel, out var user) ? (kernel, user) : null;
        }
        finally
        {
            CloseHandle(handle);
        }
    }

    [LibraryImport("kernel32.dll")]
    private static partial uint GetCurrentThreadId();

    [LibraryImport("kernel32.dll", SetLastError = true)]
    private static partial nint OpenThread(uint desiredAccess, [MarshalAs(UnmanagedType.Bool)] bool inheritHandle, uint threadId);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool GetThreadTimes(nint thread, out long creationTime, out long exitTime, out long kernelTime, out long userTime);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CloseHandle(nint handle);
}
