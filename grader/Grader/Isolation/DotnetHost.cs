namespace KitchenKatas.Grader.Isolation;

/// <summary>The dotnet executable that runs this process, to start other .NET programs with the same runtime.</summary>
public static class DotnetHost
{
    /// <summary>
    /// Full path of <c>dotnet</c>: <c>DOTNET_HOST_PATH</c> when the SDK set it, else three folders above the running
    /// runtime (dotnet/shared/Microsoft.NETCore.App/VERSION/), else plain <c>dotnet</c> from the PATH.
    /// </summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var runtime = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(runtime, "..", "..", "..", name));
        return File.Exists(candidate) ? candidate : name;
    }
}
