using System.Runtime.InteropServices;
using KitchenKatas.Grader.Cli;
using KitchenKatas.Grader.Cli.Commands.Doctor;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Platforms;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests;

/// <summary><c>kitchen doctor</c> in-process: what this machine gives, and the checks another would not judge.</summary>
[TestFixture]
public sealed class DoctorCommandTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    [Test]
    public async Task Doctor_prints_every_piece_of_this_machine_and_the_sdk_of_global_json()
    {
        var console = new TestConsole { Profile = { Width = 400 } };
        var code = await KitchenApp.RunAsync(["doctor", "--repo", Repo], console);
        var band = SdkBand();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, console.Output);
            Assert.That(console.Output, Does.Contain($"System").And.Contain(Platform.Current.Name));
            Assert.That(console.Output, Does.Contain($"Architecture").And.Contain(RuntimeInformation.OSArchitecture.ToString()));
            Assert.That(console.Output, Does.Contain($"Cores").And.Contain($"{Environment.ProcessorCount} ("));
            Assert.That(console.Output, Does.Contain("Core pinning").And.Contain(Platform.Current.Pinning.Method));
            Assert.That(console.Output, Does.Contain("Thread CPU clock").And.Contain(Platform.Current.ThreadClock.Method));
            Assert.That(console.Output, Does.Contain("Process tree").And.Contain(Platform.Current.Processes.Method));
            Assert.That(console.Output, Does.Contain("Hang reports (ClrMD)"));
            Assert.That(console.Output, Does.Match($@"\.NET SDK\s+│ {band.Replace(".", @"\.", StringComparison.Ordinal)}\d\d"), "the SDK global.json picks");
            Assert.That(console.Output, Does.Contain("Sandbox for learner code")
                .And.Contain(Platform.Current.Sandbox.Isolates ? "sandboxed (bubblewrap)" : "not sandboxed"));
            Assert.That(console.Output, Does.Contain("docs/platforms.md"));
        });
    }

    [Test]
    public async Task Doctor_on_linux_here_can_judge_every_check()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True);
        var console = new TestConsole { Profile = { Width = 400 } };
        await KitchenApp.RunAsync(["doctor", "--repo", Repo], console);
        Assert.Multiple(() =>
        {
            Assert.That(console.Output, Does.Contain("yes: sched_setaffinity"));
            Assert.That(console.Output, Does.Contain("yes: reads /proc/self/task"));
            Assert.That(console.Output, Does.Contain("Every check can be judged on this machine."));
        });
    }

    [Test]
    public void Doctor_lists_the_idle_check_as_not_judged_on_a_system_without_a_thread_clock()
    {
        var katas = KataLocator.FindAll(Repo);
        var survey = MachineSurvey.Take(Platform.Other("Plan 9"), katas, "10.0.400");
        var console = new TestConsole { Profile = { Width = 400 } };
        DoctorCommand.Print(console, survey, katas.Count);
        Assert.Multiple(() =>
        {
            Assert.That(console.Output, Does.Contain("no: none known here"));
            Assert.That(console.Output, Does.Contain("check(s) will say \"not judged on this machine\" here"));
            Assert.That(console.Output, Does.Contain("Idle chefs burn no CPU. Plan 9 here does not tell how much CPU one thread used"));
            Assert.That(console.Output, Does.Not.Contain("Every check can be judged"));
        });
    }

    [Test]
    public void The_students_readme_sends_them_to_doctor_and_the_platforms_page()
    {
        var readme = File.ReadAllText(Path.Combine(Repo, "README.md"));
        var students = readme[readme.IndexOf("## For students", StringComparison.Ordinal)..readme.IndexOf("## For teachers", StringComparison.Ordinal)];
        Assert.Multiple(() =>
        {
            Assert.That(students, Does.Contain("Something looks odd? Run `kitchen doctor`"));
            Assert.That(students, Does.Contain("(docs/platforms.md)"));
            Assert.That(File.Exists(Path.Combine(Repo, "docs", "platforms.md")), Is.True);
        });
    }

    // "10.0.400" in global.json: the feature band is "10.0.4", patches roll forward within it.
    private static string SdkBand()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo, "global.json")));
        var version = json.RootElement.GetProperty("sdk").GetProperty("version").GetString()!;
        return version[..(version.LastIndexOf('.') + 2)];
    }
}
