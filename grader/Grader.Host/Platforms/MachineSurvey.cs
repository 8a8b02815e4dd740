using System.Globalization;
using System.Runtime.InteropServices;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Platforms;

/// <summary>One thing a machine can or cannot do for the grader.</summary>
/// <param name="Name">What, e.g. "Thread CPU clock".</param>
/// <param name="Value">How this machine does it, or why it cannot.</param>
/// <param name="Works">False when something the katas lean on is missing.</param>
public sealed record MachineFact(string Name, string Value, bool Works);

/// <summary>A check this machine cannot judge, and why.</summary>
/// <param name="Kata">The kata's title.</param>
/// <param name="Check">The check's title.</param>
/// <param name="Reason">What the machine lacks, in plain words.</param>
public sealed record NotJudgedCheck(string Kata, string Check, string Reason);

/// <summary>
/// What this machine gives the grader (<c>kitchen doctor</c>): its system, cores and each platform piece, and which
/// checks of which katas would be "not judged on this machine" here, read from their checks' <c>Needs</c>.
/// </summary>
/// <param name="Facts">One line per piece.</param>
/// <param name="NotJudged">The checks this machine cannot judge.</param>
public sealed record MachineSurvey(IReadOnlyList<MachineFact> Facts, IReadOnlyList<NotJudgedCheck> NotJudged)
{
    /// <summary>Surveys <paramref name="platform"/> for <paramref name="katas"/>; <paramref name="sdkVersion"/> as <c>dotnet --version</c> said it.</summary>
    public static MachineSurvey Take(Platform platform, IReadOnlyList<KataInfo> katas, string? sdkVersion)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(katas);
        var cpus = platform.Pinning.AllowedCpus();
        var facts = new List<MachineFact>
        {
            new("System", $"{platform.Name} ({RuntimeInformation.OSDescription})", true),
            new("Architecture", RuntimeInformation.OSArchitecture.ToString(), true),
            new("Cores", string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} ({cpus.Count} this process may use)"), Environment.ProcessorCount > 1),
            new("Core pinning", Says(platform.Pinning.IsSupported, platform.Pinning.Method), platform.Pinning.IsSupported),
            new("Thread CPU clock", Says(platform.ThreadClock.IsSupported, platform.ThreadClock.Method), platform.ThreadClock.IsSupported),
            new("Process tree", Says(platform.Processes.CanList, platform.Processes.Method), platform.Processes.CanList),
            new("Crash exit codes", platform.ExitCodes.Method, true),
            HangReports(),
            new(".NET SDK", sdkVersion is { Length: > 0 } v ? $"{v} (runtime {Environment.Version})" : "not found: is dotnet on the PATH?", sdkVersion is { Length: > 0 }),
            new("Sandbox for learner code", platform.Sandbox.Protection, platform.Sandbox.Isolates),
        };

        var notJudged = katas
            .SelectMany(k => k.Manifest.Checks.SelectMany(c => c.Needs.Select(n => (k, c, reason: platform.Lacks(n)))))
            .Where(x => x.reason is not null)
            .Select(x => new NotJudgedCheck(x.k.Manifest.Title, x.c.Title, x.reason!))
            .ToArray();
        return new MachineSurvey(facts, notJudged);
    }

    private static string Says(bool works, string method) => works ? $"yes: {method}" : $"no: {method}";

    // The hang report reads a snapshot the hung child's runtime writes (createdump), which must be allowed to attach.
    private static MachineFact HangReports()
    {
        const string name = "Hang reports (ClrMD)";
        if (Environment.GetEnvironmentVariable("DOTNET_EnableDiagnostics") == "0")
        {
            return new(name, "no: DOTNET_EnableDiagnostics=0 turns off the runtime's diagnostics port", false);
        }

        if (OperatingSystem.IsLinux())
        {
            var scope = ReadTrimmed("/proc/sys/kernel/yama/ptrace_scope");
            return scope == "3"
                ? new(name, "no: ptrace_scope is 3, so createdump may not attach to a hung child", false)
                : new(name, $"yes: snapshot through the diagnostics port, then createdump (ptrace_scope {scope ?? "not set"})", true);
        }

        return new(name, "yes: snapshot through the diagnostics port, then createdump (measured on Linux only so far)", true);
    }

    private static string? ReadTrimmed(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
