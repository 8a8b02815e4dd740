using System.Text.Json.Nodes;
using System.Xml.Linq;
using KitchenKatas.Grader.Cli;
using KitchenKatas.Grader.Cli.Commands.Dev;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests.Authoring;

/// <summary>
/// A new kata is one command, <c>kitchen dev new-kata NN-id</c>: its folder, solution, Stryker project and tests
/// project are written, the solution and the tests' filter list it, and the self-check accepts it as it is. Always in
/// a temporary copy: the repository is never touched.
/// </summary>
[TestFixture]
public sealed class NewKataTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    private string _copy = "";

    [SetUp]
    public void CopyTheLists()
    {
        _copy = Directory.CreateTempSubdirectory("new-kata-").FullName;
        Directory.CreateDirectory(Path.Combine(_copy, "tests"));
        Directory.CreateDirectory(Path.Combine(_copy, "katas"));
        File.Copy(Path.Combine(Repo, "KitchenKatas.slnx"), Path.Combine(_copy, "KitchenKatas.slnx"));
        File.Copy(Path.Combine(Repo, "tests", "KitchenKatas.Tests.slnf"), Path.Combine(_copy, "tests", "KitchenKatas.Tests.slnf"));
    }

    [TearDown]
    public void DeleteCopy() => Directory.Delete(_copy, recursive: true);

    [Test]
    public async Task A_new_kata_is_written_whole_listed_where_builds_look_and_holds_every_layout_fact()
    {
        var console = new TestConsole { Profile = { Width = 200 } };
        var code = await KitchenApp.RunAsync(["dev", "new-kata", "04-soup-tally", "--title", "The soup tally", "--repo", _copy], console);
        var kata = KataLocator.FindAll(_copy).Single();
        var solution = XDocument.Load(Path.Combine(_copy, "KitchenKatas.slnx")).Descendants("Project").Select(p => (string)p.Attribute("Path")!).ToArray();
        var filter = JsonNode.Parse(File.ReadAllText(Path.Combine(_copy, "tests", "KitchenKatas.Tests.slnf")))!["solution"]!["projects"]!.AsArray().Select(p => p!.GetValue<string>()).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, console.Output);
            Assert.That(console.Output, Does.Contain("katas/04-soup-tally").And.Contain("kitchen dev check --kata soup-tally"));
            Assert.That(kata.Manifest.Id, Is.EqualTo("soup-tally"));
            Assert.That(kata.Manifest.Title, Is.EqualTo("The soup tally"));
            Assert.That(kata.Manifest.Checks.Select(c => (c.Title, c.Points, c.Starter)), Is.EqualTo(new[]
            {
                ("Two chefs adding at once lose no order", 80, StarterVerdict.Fails),
                ("One chef alone counts every order", 20, StarterVerdict.Passes),
            }));
            Assert.That(KataLayoutFacts.Of(_copy, kata).Where(f => !f.Holds).Select(f => $"{f.Fact}: {f.Detail}"), Is.Empty);
            foreach (var file in new[] { "solutions/04-soup-tally/OrderTally.cs", "grader/Stryker/04-soup-tally/SoupTally.Solution.csproj", "grader/Stryker/04-soup-tally/stryker-config.json", "tests/SoupTally.Tests/StarterAndSolutionTests.cs" })
            {
                Assert.That(File.Exists(Path.Combine(_copy, file)), Is.True, file);
            }

            Assert.That(solution, Does.Contain("katas/04-soup-tally/SoupTally.csproj").And.Contain("tests/SoupTally.Tests/SoupTally.Tests.csproj").And.Contain("katas/01-racy-cart/RacyCart.csproj"),
                "The kata and its tests join the solution; nothing in it is lost.");
            Assert.That(filter, Does.Contain("tests/SoupTally.Tests/SoupTally.Tests.csproj").And.Contain("tests/RacyCart.Tests/RacyCart.Tests.csproj"));
            Assert.That(File.ReadAllText(Path.Combine(kata.Folder, "README.md")), Does.Not.Contain("{{"), "Every placeholder is filled.");
        });
    }

    [TestCase("4-soup", TestName = "A folder without two digits is refused")]
    [TestCase("04-Soup", TestName = "A folder in capitals is refused")]
    [TestCase("04-soup tally", TestName = "A folder with a space is refused")]
    public async Task A_malformed_name_writes_nothing(string folder)
    {
        var console = new TestConsole { Profile = { Width = 200 } };
        var code = await KitchenApp.RunAsync(["dev", "new-kata", folder, "--repo", _copy], console);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Not.Zero);
            Assert.That(console.Output, Does.Contain("04-soup-tally"), "The message shows a name that works.");
            Assert.That(Directory.GetFileSystemEntries(Path.Combine(_copy, "katas")), Is.Empty);
        });
    }

    [Test]
    public void A_number_or_id_that_is_taken_writes_nothing_more()
    {
        KataScaffold.Create(_copy, "04-soup-tally");
        var files = Directory.GetFiles(_copy, "*", SearchOption.AllDirectories).Length;
        Assert.Multiple(() =>
        {
            Assert.That(() => KataScaffold.Create(_copy, "04-stew"), Throws.ArgumentException.With.Message.Contains("katas/04-soup-tally"));
            Assert.That(() => KataScaffold.Create(_copy, "05-soup-tally"), Throws.ArgumentException.With.Message.Contains("\"soup-tally\""));
            Assert.That(Directory.GetFiles(_copy, "*", SearchOption.AllDirectories), Has.Length.EqualTo(files));
        });
    }

    /// <summary>
    /// The whole way: a copy of the repository's tracked files, a new kata in it, and the kata graded as a student's
    /// work and as the reference solution. Builds the grader from nothing, so it is in the slow category.
    /// </summary>
    [Test]
    [Category("Slow")]
    public async Task A_new_kata_in_a_copy_of_the_repository_grades_its_starter_at_20_and_its_solution_at_100()
    {
        CopyTrackedFiles(Repo, _copy);
        var made = KataScaffold.Create(_copy, "04-soup-tally");
        var options = new GradeOptions { KataTimeout = TimeSpan.FromMinutes(15) };

        var starter = await KataGrader.GradeAsync(made.Kata, null, options);
        var solved = await KataGrader.GradeAsync(made.Kata, Path.Combine(_copy, "solutions", "04-soup-tally"), options);

        Assert.Multiple(() =>
        {
            Assert.That((starter.Score, starter.MaxScore), Is.EqualTo((20, 100)), string.Join("\n", starter.Notes.Concat(starter.Checks.Select(c => $"{c.Title}: {c.Message}"))));
            Assert.That(starter.Checks[0].Message, Does.Contain("an order vanished"), "The starter's race is found and told in the kata's words.");
            Assert.That((solved.Score, solved.MaxScore), Is.EqualTo((100, 100)), string.Join("\n", solved.Notes.Concat(solved.Checks.Select(c => $"{c.Title}: {c.Message}"))));
        });
    }

    private static void CopyTrackedFiles(string repo, string copy)
    {
        var listing = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", ["-C", repo, "ls-files", "-z"]) { RedirectStandardOutput = true })!;
        var files = listing.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        listing.WaitForExit();
        foreach (var file in files.Where(f => File.Exists(Path.Combine(repo, f))))
        {
            var target = Path.Combine(copy, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(repo, file), target, overwrite: true);
        }
    }
}
