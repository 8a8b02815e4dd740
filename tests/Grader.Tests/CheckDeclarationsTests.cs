using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Platforms;

namespace KitchenKatas.Grader.Tests;

/// <summary>
/// A check is declared once, on its own method, with <c>[Check(number, title, Points = ...)]</c>; the grader reads
/// the declarations from the checks' source and kata.json keeps only what a teacher sets.
/// </summary>
[TestFixture]
public sealed class CheckDeclarationsTests
{
    private const string Manifest = """{ "id": "soup", "title": "The soup", "learnerFiles": ["Pot.cs"] }""";

    private string _kata = "";

    [SetUp]
    public void CreateKata()
    {
        _kata = Directory.CreateTempSubdirectory("kitchen-declared-").FullName;
        Directory.CreateDirectory(Path.Combine(_kata, "Checks", "More"));
        File.WriteAllText(Path.Combine(_kata, "kata.json"), Manifest);
    }

    [TearDown]
    public void DeleteKata() => Directory.Delete(_kata, recursive: true);

    [Test]
    public void The_checks_come_in_their_numbered_order_with_title_points_starter_and_needs_whatever_file_holds_them()
    {
        Write("Checks/StirChecks.cs", """
            namespace Kitchen.Soup.Checks;
            public sealed class StirChecks
            {
                [Check(2, "Two chefs stirring " + "lose no salt", Points = 20)]
                public void Two_chefs_stir() { }

                public void Not_a_check() { }
            }
            """);
        Write("Checks/More/TasteChecks.cs", """
            namespace Kitchen.Soup.Checks
            {
                public sealed class TasteChecks
                {
                    [KitchenKatas.Grader.Testing.Check(1, "One chef alone tastes the soup", Points = 5, Starter = StarterVerdict.Passes)]
                    public void One_chef_tastes() { }

                    [CheckAttribute(3, "Idle chefs burn no gas", Points = 10, Starter = StarterVerdict.MayPass, Needs = new[] { MachineNeed.ThreadCpuClock })]
                    public void Idle_chefs() { }
                }
            }
            """);

        var manifest = KataManifest.Load(Path.Combine(_kata, "kata.json"));

        Assert.That(manifest.Checks, Is.EqualTo(new[]
        {
            new KataCheckInfo("Kitchen.Soup.Checks.TasteChecks.One_chef_tastes", "One chef alone tastes the soup", 5) { Starter = StarterVerdict.Passes },
            new KataCheckInfo("Kitchen.Soup.Checks.StirChecks.Two_chefs_stir", "Two chefs stirring lose no salt", 20),
            new KataCheckInfo("Kitchen.Soup.Checks.TasteChecks.Idle_chefs", "Idle chefs burn no gas", 10) { Starter = StarterVerdict.MayPass, Needs = [MachineNeed.ThreadCpuClock] },
        }).Using<KataCheckInfo>((a, b) => a.Test == b.Test && a.Title == b.Title && a.Points == b.Points && a.Starter == b.Starter && a.Needs.SequenceEqual(b.Needs)));
        Assert.That(manifest.MaxScore, Is.EqualTo(35));
    }

    [TestCase("[Check(1, \"A\", Points = 5)] public void A() { } [Check(3, \"C\", Points = 5)] public void C() { }", "check 2 is missing", TestName = "A gap in the numbers is refused")]
    [TestCase("[Check(1, \"A\", Points = 5)] public void A() { } [Check(1, \"B\", Points = 5)] public void B() { }", "check 1 is declared twice", TestName = "A number used twice is refused")]
    [TestCase("[Check(1, \"A\")] public void A() { }", "needs Points = n", TestName = "A check without points is refused")]
    [TestCase("[Check(1, Titles.A, Points = 5)] public void A() { }", "as a plain string", TestName = "A title that is not written out is refused")]
    [TestCase("[Check(1, \"A\", Points = 5, Starter = StarterVerdict.Sometimes)] public void A() { }", "StarterVerdict.MayPass", TestName = "An unknown starter verdict is refused, naming the ones there are")]
    [TestCase("[Check(1, \"A\", Points = 5, Description = \"x\")] public void A() { }", "not Description", TestName = "An NUnit property on a check is refused: the title is its description")]
    public void A_declaration_the_grader_cannot_read_is_refused_with_its_file_and_line(string body, string why)
    {
        Write("Checks/BadChecks.cs", $"namespace K;\npublic sealed class BadChecks\n{{\n    {body}\n}}\n");

        Assert.That(() => KataManifest.Load(Path.Combine(_kata, "kata.json")),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains(Path.Combine(_kata, "Checks", "BadChecks.cs") + ":4").And.Message.Contains(why));
    }

    [Test]
    public void A_check_declared_in_kata_json_as_well_as_on_its_method_is_refused()
    {
        Write("Checks/StirChecks.cs", "namespace K; public sealed class StirChecks { [Check(1, \"A\", Points = 5)] public void A() { } }");
        File.WriteAllText(Path.Combine(_kata, "kata.json"), Manifest.Replace("}", """, "checks": [ { "test": "K.StirChecks.A", "title": "A", "points": 5 } ] }""", StringComparison.Ordinal));

        Assert.That(() => KataManifest.Load(Path.Combine(_kata, "kata.json")),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("declare each check once"));
    }

    [Test]
    public void Every_kata_of_the_repository_declares_its_checks_on_their_methods_and_kata_json_lists_none()
    {
        foreach (var kata in KataLocator.FindAll(RepoRoot()))
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(kata.Folder, "kata.json")), new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip });
            Assert.Multiple(() =>
            {
                Assert.That(json.RootElement.TryGetProperty("checks", out _), Is.False, kata.FolderName);
                Assert.That(CheckDeclarations.Read(kata.Folder), Has.Count.EqualTo(kata.Manifest.Checks.Count).And.Count.GreaterThan(0), kata.FolderName);
            });
        }
    }

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_kata, relative), text);

    private static string RepoRoot() =>
        KataLocator.FindRepoRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Run the tests inside the repository.");
}
