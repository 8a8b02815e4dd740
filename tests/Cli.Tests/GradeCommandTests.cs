using System.Text.Json;
using System.Xml.Linq;
using KitchenKatas.Grader.Cli;
using KitchenKatas.Grader.Katas;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests;

/// <summary>The grade command end to end, as CI runs it: real kata builds, real checks, real report files.</summary>
[TestFixture]
[NonParallelizable]
public sealed class GradeCommandTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    [Test]
    public async Task Grading_the_starter_exits_1_and_writes_every_report_complete_and_valid()
    {
        var dir = Directory.CreateTempSubdirectory("grade-").FullName;
        try
        {
            var console = new TestConsole();
            var code = await KitchenApp.RunAsync(
            [
                "grade", "--repo", Repo, "--kata", "racy-cart", "--budget", "0.5",
                "--format", "json", "--output", Path.Combine(dir, "grade.json"),
                "--format", "junit", "--output", Path.Combine(dir, "grade.xml"),
                "--format", "markdown", "--output", Path.Combine(dir, "summary.md"),
                "--format", "github", "--output", Path.Combine(dir, "annotations.txt"),
                "--format", "text",
            ], console);
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "grade.json")));
            var checks = json.RootElement.GetProperty("katas")[0].GetProperty("checks");
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(1));
                Assert.That(json.RootElement.GetProperty("score").GetInt32(), Is.EqualTo(20), "Only the checks of one chef alone, bad arguments and the public members pass on the starter (10 + 5 + 5).");
                Assert.That(checks.EnumerateArray().Count(c => !c.GetProperty("passed").GetBoolean()), Is.EqualTo(5));
                Assert.That(XDocument.Load(Path.Combine(dir, "grade.xml")).Descendants("failure").Count(), Is.EqualTo(5));
                Assert.That(File.ReadAllText(Path.Combine(dir, "summary.md")), Does.Contain("## Kitchen Katas: 20/100"));
                Assert.That(File.ReadAllLines(Path.Combine(dir, "annotations.txt")).Count(l => l.StartsWith("::error file=katas/01-racy-cart/Cart.cs", StringComparison.Ordinal)), Is.EqualTo(5));
                Assert.That(console.Output, Does.Contain("Score: 20/100"));
            });
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public async Task A_submission_that_does_not_compile_fails_every_check_with_the_compiler_error_and_its_line()
    {
        var submission = Directory.CreateTempSubdirectory("broken-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(submission, "Cart.cs"), "namespace Kitchen.RacyCart;\npublic sealed class Cart\n{\n    int x = ;\n}\n");
            var console = new TestConsole();
            var code = await KitchenApp.RunAsync(["grade", "--repo", Repo, "--kata", "racy-cart", "--submission", submission, "--format", "json"], console);
            using var json = JsonDocument.Parse(console.Output);
            var kata = json.RootElement.GetProperty("katas")[0];
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(1));
                Assert.That(kata.GetProperty("score").GetInt32(), Is.Zero);
                Assert.That(kata.GetProperty("checks")[0].GetProperty("message").GetString(),
                    Does.Contain("does not compile").And.Contain("Cart.cs(4,13): error CS1525"));
            });
        }
        finally
        {
            Directory.Delete(submission, true);
        }
    }

    [TestCase("grade", "--kata", "no-such-kata")]
    [TestCase("grade", "--submission", "somewhere")]
    [TestCase("grade", "--format", "pdf")]
    [TestCase("grade", "--budget", "-1")]
    [TestCase("grade", "--submissions", "class", "--parallel", "0")]
    [TestCase("grade", "--kata", "racy-cart", "--parallel", "2")]
    [TestCase("grade", "--shard", "1/2")]
    [TestCase("grade", "--submissions", "class", "--shard", "3/2")]
    [TestCase("no-such-command")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        var code = await KitchenApp.RunAsync([.. args, "--repo", Repo], new TestConsole());
        Assert.That(code, Is.EqualTo(KitchenApp.UsageOrInternalError));
    }
}
