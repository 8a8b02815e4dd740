using System.Diagnostics;

namespace Kitchen.CrashIsolation;

/// <summary>Provided: the command that opens one tab in a process of its own.</summary>
public static class TabCommand
{
    /// <summary>
    /// <c>dotnet &lt;workerPath&gt;</c>, run by the same dotnet that runs this program, with standard input, output and
    /// error redirected so the supervisor can write the page and read what comes back. It only describes the
    /// process: starting it, waiting, timing out and cleaning up are the supervisor's job.
    /// </summary>
    public static ProcessStartInfo StartInfo(string workerPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(workerPath);
        var info = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(workerPath);
        return info;
    }

    // The dotnet executable sits three folders above the running runtime (dotnet/shared/Microsoft.NETCore.App/<version>/).
    private static string DotnetHost()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var runtime = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        var candidate = Path.GetFullPath(Path.Combine(runtime, "..", "..", "..", name));
        return File.Exists(candidate) ? candidate : name;
    }
}
