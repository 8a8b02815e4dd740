namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// Linux's sandbox, found on first use (the probe runs a process, which the platform must not do while it is being
/// chosen): bubblewrap where it is installed and works, otherwise none, saying how to get it.
/// </summary>
internal sealed class LinuxSandbox : ISandbox
{
    /// <summary>Set to <c>off</c> to grade without the sandbox (to measure what it costs, or to rule it out of a problem).</summary>
    public const string SwitchVariable = "KITCHEN_SANDBOX";

    private readonly Lazy<ISandbox> _chosen = new(Choose);

    /// <inheritdoc />
    public bool Isolates => _chosen.Value.Isolates;

    /// <inheritdoc />
    public string Protection => _chosen.Value.Protection;

    /// <inheritdoc />
    public (string FileName, IReadOnlyList<string> Arguments) Enclose(string fileName, IReadOnlyList<string> arguments, string workingDirectory, SandboxRoom room) =>
        _chosen.Value.Enclose(fileName, arguments, workingDirectory, room);

    private static ISandbox Choose() =>
        string.Equals(Environment.GetEnvironmentVariable(SwitchVariable), "off", StringComparison.OrdinalIgnoreCase)
            ? new NoSandbox($"turned off by {SwitchVariable}=off")
            : BubblewrapSandbox.Find() ?? new NoSandbox("install bubblewrap (Debian and Ubuntu: sudo apt-get install bubblewrap; Fedora: sudo dnf install bubblewrap)");
}
