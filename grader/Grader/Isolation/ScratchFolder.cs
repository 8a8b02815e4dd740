namespace KitchenKatas.Grader.Isolation;

/// <summary>
/// A temporary folder given to a child process tree as its TMPDIR, and deleted with everything in it afterwards. The
/// SDK, the test platform and the learner's code all leave things in the temporary folder (MSBuild and NuGet scratch
/// folders, a runtime's diagnostics socket when it is killed): a 200-student batch left some 800 entries in the shared one.
/// </summary>
public sealed class ScratchFolder : IDisposable
{
    /// <summary>Creates a folder under the system's temporary folder, named <paramref name="prefix"/> and random letters.</summary>
    public ScratchFolder(string prefix) => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary><paramref name="environment"/> with the temporary-folder variables pointing here.</summary>
    public Dictionary<string, string?> Into(Dictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        environment[OperatingSystem.IsWindows() ? "TMP" : "TMPDIR"] = Path;
        if (OperatingSystem.IsWindows())
        {
            environment["TEMP"] = Path;
        }

        return environment;
    }

    /// <summary>Deletes the folder and what is in it; a folder that cannot be deleted yet is left, never an error.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Something in it is still in use; the system's temporary folder is cleaned eventually.
        }
    }
}
