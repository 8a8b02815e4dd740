namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// The sandbox concern: running learner code where it cannot read the teacher's files, write outside its own run, reach
/// the network or touch other processes. The grader's limits (time, output, process tree, memory) hold either way; a
/// sandbox adds what those limits cannot stop.
/// </summary>
public interface ISandbox
{
    /// <summary>True when runs on this machine are sandboxed.</summary>
    bool Isolates { get; }

    /// <summary>
    /// What protects a run, in one line for reports and <c>kitchen doctor</c>: "sandboxed (bubblewrap): ..." or
    /// "not sandboxed: ..." with what to do about it.
    /// </summary>
    string Protection { get; }

    /// <summary>
    /// The program and arguments that run <paramref name="fileName"/> with <paramref name="arguments"/> inside the
    /// sandbox, where only <paramref name="room"/> is visible or writable; the command unchanged where
    /// <see cref="Isolates"/> is false.
    /// </summary>
    (string FileName, IReadOnlyList<string> Arguments) Enclose(string fileName, IReadOnlyList<string> arguments, string workingDirectory, SandboxRoom room);
}
