namespace KitchenKatas.Grader.Platforms;

/// <summary>A machine where the grader has no sandbox: runs keep the grader's limits and nothing more.</summary>
/// <param name="why">Why, and what to do, after "not sandboxed: ".</param>
internal sealed class NoSandbox(string why) : ISandbox
{
    /// <inheritdoc />
    public bool Isolates => false;

    /// <inheritdoc />
    public string Protection => $"not sandboxed: {why}";

    /// <inheritdoc />
    public (string FileName, IReadOnlyList<string> Arguments) Enclose(string fileName, IReadOnlyList<string> arguments, string workingDirectory, SandboxRoom room) =>
        (fileName, arguments);
}
