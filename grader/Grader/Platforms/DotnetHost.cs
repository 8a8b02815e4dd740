namespace KitchenKatas.Grader.Platforms;

/// <summary>The dotnet executable that runs this process, to start other .NET programs with the same runtime.</summary>
public static class DotnetHost
{
    /// <summary>
    /// Full path of <c>dotnet</c>: <c>DOTNET_HOST_PATH</c> when the SDK set it, else three folders above the running
    /// runtime (dotnet/shared/Microsoft.NETCore.App/VERSION/), else plain <c>dotnet</c> from the PATH.
    /// </summary>
    public static string Path { get; } = Find();

    /// <summary>
    /// The environment every <c>dotnet build</c> or <c>dotnet test</c> the grader starts runs with: no banner, no
    /// telemetry, and no build server that outlives the run. <paramref name="extra"/> is added on top.
    /// </summary>
    public static Dictionary<string, string?> QuietEnvironment(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var environment = extra is null ? new Dictionary<string, string?>() : new Dictionary<string, string?>(extra);
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        return environment;
    }

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
