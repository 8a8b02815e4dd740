using System.Diagnostics;

namespace KitchenKatas.Grader.Platforms;

/// <summary>
/// Linux: each run inside bubblewrap (<c>bwrap</c>, the sandbox under Flatpak) with its own network (loopback only),
/// process, IPC and host-name namespaces; the system's programs and libraries, the .NET SDK, the NuGet packages and
/// <see cref="SandboxRoom.Readable"/> read-only; a private <c>/tmp</c> and an empty home; only
/// <see cref="SandboxRoom.Writable"/> writable. Everything else of the disk is simply not there.
/// </summary>
internal sealed class BubblewrapSandbox(string bwrap) : ISandbox
{
    // The system's own folders, read-only: programs, libraries, configuration, and /opt where packages may live.
    private static readonly string[] SystemFolders = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc", "/opt", "/sys"];

    /// <inheritdoc />
    public bool Isolates => true;

    /// <inheritdoc />
    public string Protection =>
        "sandboxed (bubblewrap): no network, no other processes, no home folder; only the checks and the run's own folders, and only those writable";

    /// <inheritdoc />
    public (string FileName, IReadOnlyList<string> Arguments) Enclose(string fileName, IReadOnlyList<string> arguments, string workingDirectory, SandboxRoom room)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(room);
        // No --die-with-parent: Linux ties it to the thread that started bwrap, and .NET starts processes from pool
        // threads it later retires, so a long run was killed (exit 137) when its starting thread ended. The grader's
        // own whole-tree kill (every process of a run carries its mark) ends a run instead.
        var args = new List<string>
        {
            "--new-session",
            "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
            "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
        };
        foreach (var folder in SystemFolders)
        {
            // Merged /usr: /bin and /lib are links into /usr, and stay links.
            if (new FileInfo(folder).LinkTarget is { } target)
            {
                args.AddRange(["--symlink", target, folder]);
            }
            else if (Directory.Exists(folder))
            {
                args.AddRange(["--ro-bind", folder, folder]);
            }
        }

        // An empty home, writable for the SDK's first-run files; then what .NET needs from the real one, read-only.
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0)
        {
            args.AddRange(["--tmpfs", home]);
        }

        foreach (var folder in DotnetFolders(home).Concat(room.Readable).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            args.AddRange(["--ro-bind", folder, folder]);
        }

        foreach (var folder in room.Writable.Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            args.AddRange(["--bind", folder, folder]);
        }

        args.AddRange(["--chdir", workingDirectory, "--", fileName]);
        args.AddRange(arguments);
        return (bwrap, args);
    }

    /// <summary>
    /// Bubblewrap for this machine: null when <c>bwrap</c> is not on the PATH; a <see cref="NoSandbox"/> saying why
    /// when it is there but cannot make a sandbox (user namespaces turned off, say).
    /// </summary>
    public static ISandbox? Find()
    {
        var bwrap = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "bwrap"))
            .FirstOrDefault(File.Exists);
        if (bwrap is null)
        {
            return null;
        }

        var sandbox = new BubblewrapSandbox(bwrap);
        var (file, args) = sandbox.Enclose("/bin/sh", ["-c", "exit 0"], "/", new SandboxRoom([], []));
        var (exitCode, error) = Probe(file, args);
        return exitCode == 0
            ? sandbox
            : new NoSandbox($"bubblewrap is installed but cannot make a sandbox here ({FirstLine(error)}); user namespaces may be turned off, see docs/threat-model.md");
    }

    // Runs the probe: a trusted shell that exits at once, so a plain process with a bound is enough (the child-process
    // runner sits above the platform pieces and is built on them).
    private static (int ExitCode, string Error) Probe(string file, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var probe = Process.Start(start);
        if (probe is null)
        {
            return (-1, "bwrap did not start");
        }

        var error = probe.StandardError.ReadToEndAsync();
        _ = probe.StandardOutput.ReadToEndAsync();
        if (!probe.WaitForExit(TimeSpan.FromSeconds(20)))
        {
            probe.Kill(entireProcessTree: true);
            return (-1, "bwrap did not answer within 20 s");
        }

        return (probe.ExitCode, error.GetAwaiter().GetResult());
    }

    // The .NET SDK and the NuGet package folders the checks load their libraries from, wherever they are.
    private static IEnumerable<string> DotnetFolders(string home)
    {
        // The host the grader starts (a bare "dotnet" when it was not found: then the PATH's, under /usr or /opt) and
        // the runtime this grader itself runs on.
        if (Path.IsPathRooted(DotnetHost.Path))
        {
            yield return Path.GetDirectoryName(ResolveLinks(DotnetHost.Path))!;
        }

        yield return Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root)
        {
            yield return root;
        }

        yield return Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages ? packages : Path.Combine(home, ".nuget", "packages");
    }

    private static string ResolveLinks(string path) =>
        File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
}
