namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// What one sandboxed run may see besides the system's programs and libraries: folders it may read, and folders it may
/// write (its scratch and results). Nothing else of the machine's files is there: not the home folder, not other
/// students' submissions, not the rest of the disk.
/// </summary>
/// <param name="Readable">Folders visible read-only (the repository the checks were built in, say).</param>
/// <param name="Writable">Folders the run may write (its temporary folder, its results).</param>
public sealed record SandboxRoom(IReadOnlyList<string> Readable, IReadOnlyList<string> Writable);
