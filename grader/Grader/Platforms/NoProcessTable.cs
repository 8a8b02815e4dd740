using KitchenKatas.Grader.Isolation;

namespace KitchenKatas.Grader.Platforms;

/// <summary>A system whose process table the grader cannot read: only <see cref="System.Diagnostics.Process.Kill(bool)"/> remains.</summary>
internal sealed class NoProcessTable(string why) : IProcessTable
{
    /// <inheritdoc />
    public string Method => why;

    /// <inheritdoc />
    public bool CanList => false;

    /// <inheritdoc />
    public bool CanFreeze => false;

    /// <inheritdoc />
    public bool CanReadEnvironment => false;

    /// <inheritdoc />
    public IReadOnlyList<ProcessLink> Snapshot() => [];

    /// <inheritdoc />
    public ProcessInfo? Read(int pid) => DotnetProcessInfo.Read(pid);

    /// <inheritdoc />
    public IReadOnlyList<ProcessStamp> Unreaped(int pid) => [];

    /// <inheritdoc />
    public bool Freeze(int pid) => false;

    /// <inheritdoc />
    public bool Kill(int pid) => DotnetProcessInfo.Kill(pid);

    /// <inheritdoc />
    public bool Carries(int pid, string variable) => false;

    /// <inheritdoc />
    public string CommandLine(int pid) => DotnetProcessInfo.Name(pid);
}
