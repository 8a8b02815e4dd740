using System.Text.Json;
using KitchenKatas.Grader.Cli;
using KitchenKatas.Grader.Katas;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests;

/// <summary><c>kitchen explore</c> run in-process on the explorer's classic corpus: exit codes, text and JSON.</summary>
[TestFixture]
public sealed class ExploreCommandTests
{
    private static readonly string Classic = Path.Combine(KataLocator.FindRepoRoot(AppContext.BaseDirectory)!, "tests", "Explorer.Tests", "Fixtures", "Classic");

    [Test]
    public async Task Reports_a_failing_scenario_with_its_interleaving_and_exits_1()
    {
        var console = new TestConsole();
        var code = await KitchenApp.RunAsync(["explore", .. Files("lost-wakeup")], console);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1), console.Output);
            Assert.That(console.Output, Does.Contain("BrokenKitchen").And.Contain("FAILS").And.Contain("the Pulse is lost"));
            Assert.That(console.Output, Does.Contain("FixedKitchen").And.Contain("no failure found").And.Contain("explored 12 of 12 schedules"));
        });
    }

    [Test]
    public async Task Writes_json_with_verdict_coverage_rows_and_replay_token()
    {
        var console = new TestConsole();
        var code = await KitchenApp.RunAsync(["explore", .. Files("lost-update"), "--format", "json"], console);
        using var json = JsonDocument.Parse(console.Output);
        var scenarios = json.RootElement.GetProperty("scenarios").EnumerateArray().ToDictionary(s => s.GetProperty("member").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(json.RootElement.GetProperty("passed").GetBoolean(), Is.False);
            Assert.That(scenarios["BrokenKitchen"].GetProperty("verdict").GetString(), Is.EqualTo("failureFound"));
            Assert.That(scenarios["BrokenKitchen"].GetProperty("interleaving").GetProperty("kind").GetString(), Is.EqualTo("forbiddenOutcome"));
            Assert.That(scenarios["BrokenKitchen"].GetProperty("interleaving").GetProperty("rows").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(scenarios["BrokenKitchen"].GetProperty("interleaving").GetProperty("replayToken").GetString(), Does.StartWith("BrokenKitchen:"));
            Assert.That(scenarios["FixedKitchen"].GetProperty("verdict").GetString(), Is.EqualTo("noFailureFound"));
            Assert.That(scenarios["FixedKitchen"].GetProperty("coverage").GetString(), Is.EqualTo("explored 6 of 6 schedules with up to 2 context switch(es)"));
        });
    }

    [Test]
    public async Task Replays_only_the_schedule_of_a_token_and_fails_again()
    {
        var found = new TestConsole();
        await KitchenApp.RunAsync(["explore", .. Files("lost-update"), "--format", "json"], found);
        var token = JsonDocument.Parse(found.Output).RootElement.GetProperty("scenarios")[0].GetProperty("interleaving").GetProperty("replayToken").GetString()!;
        var replayed = new TestConsole();
        var code = await KitchenApp.RunAsync(["explore", .. Files("lost-update"), "--replay", token], replayed);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(replayed.Output, Does.Contain($"Replayed {token}.").And.Not.Contain("FixedKitchen"));
        });
    }

    [Test]
    public async Task Exits_0_when_no_scenario_fails()
    {
        var console = new TestConsole();
        var fixedOnly = Path.Combine(Path.GetTempPath(), $"kitchen-explore-{Guid.NewGuid():N}.cs");
        await File.WriteAllTextAsync(fixedOnly, """
            using KitchenKatas.Grader.Stress;

            namespace Kitchen.Classic;

            public static class OnlyTheFixedOne
            {
                public static StressScenario<Fixed, int> FixedServes =>
                    Scenario.For(() => new Fixed(), "Two chefs count with Interlocked")
                        .Chef("Chef 1", k => k.Serve())
                        .Chef("Chef 2", k => k.Serve())
                        .Arbiter(k => k.Served)
                        .Expect("both serves counted.")
                        .Accept(2, "Both counted.")
                        .Otherwise("A serve was lost.");
            }
            """);
        try
        {
            var code = await KitchenApp.RunAsync(["explore", "--source", Path.Combine(Classic, "lost-update", "Kitchen.cs"), "--scenarios", fixedOnly], console);
            Assert.That(code, Is.Zero, console.Output);
        }
        finally
        {
            File.Delete(fixedOnly);
        }
    }

    [Test]
    public async Task Exits_2_on_a_missing_file()
    {
        var console = new TestConsole();
        var code = await KitchenApp.RunAsync(["explore", "--source", Path.Combine(Classic, "no-such.cs"), "--scenarios", Path.Combine(Classic, "lost-update", "KitchenScenarios.cs")], console);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(console.Output, Does.Contain("No such file").And.Contain("no-such.cs"));
        });
    }

    [Test]
    public async Task Exits_2_on_a_compile_error_naming_the_file_and_line()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"kitchen-explore-{Guid.NewGuid():N}.cs");
        await File.WriteAllTextAsync(broken, "namespace Kitchen.Classic;\n\npublic sealed class Oops\n{\n    public void Serve() => _nothing++;\n}\n");
        try
        {
            var console = new TestConsole();
            var code = await KitchenApp.RunAsync(["explore", "--source", broken, "--scenarios", Path.Combine(Classic, "lost-update", "KitchenScenarios.cs")], console);
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(2));
                Assert.That(console.Output, Does.Contain(Path.GetFileName(broken) + "(5,"));
            });
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static string[] Files(string classic) =>
        ["--source", Path.Combine(Classic, classic, "Kitchen.cs"), "--scenarios", Path.Combine(Classic, classic, "KitchenScenarios.cs")];
}
