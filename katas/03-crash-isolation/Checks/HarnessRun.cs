using System.Reflection;
using Kitchen.CrashIsolation.Checks.Harness;
using KitchenKatas.Grader.Isolation;
using KitchenKatas.Grader.Platforms;
using KitchenKatas.Grader.Testing;
using NUnit.Framework;

namespace Kitchen.CrashIsolation.Checks;

/// <summary>One scenario played by the harness in a child process: its report, or how the harness died.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Report">What the harness reported; null when it died first.</param>
/// <param name="Harness">The harness process's ending.</param>
public sealed record HarnessRun(HarnessScenario Scenario, HarnessReport? Report, ChildProcessResult Harness)
{
    /// <summary>
    /// Plays <paramref name="scenario"/> once per test run, side by side with its group
    /// (<see cref="KitchenScenarios.SideBySide"/>, <see cref="SideBySideEvenings"/>); checks that read the same evening share it.
    /// </summary>
    public static HarnessRun Of(HarnessScenario scenario)
    {
        var tabPath = TabPath();
        // Under Stryker.NET one test host may try several mutants: an evening is shared only within one.
        var mutant = StrykerMutantHandOver.ActiveMutant(typeof(Supervisor).Assembly);
        return SideBySideEvenings.Ask(scenario, mutant, (evening, stop) => PlayAsync(evening, tabPath, stop)).GetAwaiter().GetResult();
    }

    /// <summary>The report, once every call returned; otherwise the check fails with what went wrong, in the story.</summary>
    public HarnessReport Returned()
    {
        if (Report is not { } report)
        {
            Assert.Fail(KitchenFire.Describe(this));
            throw new InvalidOperationException("unreachable");
        }

        if (!report.Returned)
        {
            Assert.Fail(KitchenFire.StillWaiting(this, report));
        }

        if (report.Threw is { } threw)
        {
            Assert.Fail($"Your supervisor threw {threw}\nwhile it played \"{Scenario.Story}\". A supervisor reports a tab's trouble in its "
                + $"TabResult (Crashed or TimedOut); it does not throw. {KitchenFire.Hints}");
        }

        return report;
    }

    private static async Task<HarnessRun> PlayAsync(HarnessScenario scenario, string tabPath, CancellationToken stop)
    {
        var checks = typeof(HarnessRun).Assembly;
        var logbook = Directory.CreateTempSubdirectory("kitchen-tabs-").FullName;
        try
        {
            var environment = new Dictionary<string, string?>(StrykerMutantHandOver.EnvironmentFor(typeof(Supervisor).Assembly))
            {
                [TabLogbook.Variable] = logbook,
                // 64 MB of heap for the harness and, through it, the tabs: "allocate-without-end" runs out in a blink.
                ["DOTNET_GCHeapHardLimit"] = "0x4000000",
            };
            var request = new ChildProcessRequest(DotnetHost.Path, [checks.Location, HarnessProgram.Switch, scenario.Name, tabPath, logbook])
            {
                // The harness stops waiting by itself; this is the backstop for a harness that cannot even do that.
                Timeout = scenario.ReturnWithin * 2 + TimeSpan.FromSeconds(90),
                // The report carries every tab's Output, the feast's 96 KB among them (a third more once escaped in JSON).
                OutputCap = 1_000_000,
                Environment = environment,
            };
            var harness = await ChildProcessRunner.RunAsync(request, stop);
            HarnessReport? report = null;
            try
            {
                report = HarnessReport.Find(harness.StandardOutput);
            }
            catch (System.Text.Json.JsonException)
            {
                // A report cut short by the harness's death is no report.
            }

            return new HarnessRun(scenario, report, harness);
        }
        finally
        {
            // Whatever a dead harness left running goes now, grandchildren included.
            new TabCensus(logbook).SurvivorsAfter(TimeSpan.Zero, withChildren: false);
            TryDelete(logbook);
        }
    }

    // The tab program built beside the checks; a check without it cannot judge anything.
    private static string TabPath()
    {
        var tabPath = typeof(HarnessRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "TabPath")?.Value ?? "";
        if (!File.Exists(tabPath))
        {
            Assert.Fail($"The tab program is missing (looked for {tabPath}). Build the kata first: dotnet build katas/03-crash-isolation");
        }

        return tabPath;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind harms nobody.
        }
    }
}
