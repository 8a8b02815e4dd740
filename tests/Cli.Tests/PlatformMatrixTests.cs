using System.Text.RegularExpressions;
using KitchenKatas.Grader.Cli;
using KitchenKatas.Grader.Katas;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// The platform matrix of ci.yml (Linux, Windows, macOS) cannot run here; its commands can. These tests read the
/// commands out of the workflow and run them on this machine, so a command that is broken fails here first.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class PlatformMatrixTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;
    private const string Kitchen = "dotnet run --project grader/Grader.Cli/Grader.Cli.csproj -- ";

    private static string Job()
    {
        var workflow = File.ReadAllText(Path.Combine(Repo, ".github", "workflows", "ci.yml"));
        var start = workflow.IndexOf("\n  platforms:", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), "ci.yml has a platforms job");
        var next = NextJob().Match(workflow, start + "\n  platforms:".Length);
        return next.Success ? workflow[start..next.Index] : workflow[start..];
    }

    private static string[] Runs() => [.. RunLine().Matches(Job()).Select(m => m.Groups["command"].Value.Trim())];

    [Test]
    public void The_matrix_runs_on_linux_windows_and_macos_with_bash_everywhere()
    {
        var job = Job();
        Assert.Multiple(() =>
        {
            Assert.That(job, Does.Contain("os: [ubuntu-latest, windows-latest, macos-latest]"));
            Assert.That(job, Does.Contain("runs-on: ${{ matrix.os }}"));
            Assert.That(job, Does.Contain("shell: bash"), "the same command line on every system");
            Assert.That(job, Does.Contain("fail-fast: false"), "one system's failure must not hide the others'");
        });
    }

    [Test]
    public void The_platform_pieces_step_runs_a_test_project_and_namespace_that_exist()
    {
        var test = Runs().Single(r => r.StartsWith("dotnet test ", StringComparison.Ordinal));
        var match = TestCommand().Match(test);
        Assert.That(match.Success, Is.True, test);
        var folder = Path.Combine(Repo, "tests", "Isolation.Tests", "Platforms");
        var namespaces = Directory.EnumerateFiles(folder, "*.cs").Select(f => NamespaceLine().Match(File.ReadAllText(f)).Groups["name"].Value).Distinct().ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Path.Combine(Repo, match.Groups["project"].Value)), Is.True, match.Groups["project"].Value);
            Assert.That(namespaces, Is.EqualTo(new[] { match.Groups["filter"].Value }), "every platform test file sits in the filtered namespace");
        });
    }

    [Test]
    public async Task The_doctor_step_runs_here()
    {
        var console = new TestConsole { Profile = { Width = 400 } };
        var code = await KitchenApp.RunAsync([.. KitchenArguments("doctor"), "--repo", Repo], console);
        Assert.That(code, Is.Zero, console.Output);
    }

    [Test]
    public async Task The_starter_and_solution_step_runs_here_on_kata_one()
    {
        // The very arguments of the workflow, narrowed to kata 1: all three katas would take many minutes here.
        var console = new TestConsole { Profile = { Width = 1000 } };
        var code = await KitchenApp.RunAsync([.. KitchenArguments("dev check"), "--repo", Repo, "--kata", "racy-cart"], console);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, console.Output);
            Assert.That(console.Output, Does.Contain("Reference solution passes every check"));
            Assert.That(console.Output, Does.Contain("Starter fails check 1"));
        });
    }

    private static string[] KitchenArguments(string verb)
    {
        var run = Runs().Single(r => r.StartsWith(Kitchen + verb, StringComparison.Ordinal));
        return run[Kitchen.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"(?m)^      - name: .*\n        run: (?<command>.+)$")]
    private static partial Regex RunLine();

    [GeneratedRegex(@"(?m)^  [a-z-]+:\s*$")]
    private static partial Regex NextJob();

    [GeneratedRegex(@"^dotnet test (?<project>\S+\.csproj) -m:1 --filter FullyQualifiedName~(?<filter>\S+)$")]
    private static partial Regex TestCommand();

    [GeneratedRegex(@"(?m)^namespace (?<name>[\w.]+);")]
    private static partial Regex NamespaceLine();
}
