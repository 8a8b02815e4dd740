using System.Text.Json;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Roster;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// Regrading stays consistent: each grade records which checks made it, a class graded again with the same checks
/// grades nobody again, and after the checks change it regrades exactly the students graded with the old ones.
/// </summary>
[TestFixture]
public sealed class RegradeTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;
    private static readonly KataInfo Kata = KataLocator.FindAll(Repo).First();
    private static readonly string[] Students = ["alice", "bob", "carol"];

    private string _root = "";
    private string _checks = "v1";
    private readonly List<string> _graded = [];

    private string Class => Path.Combine(_root, "class");

    private string Roster => Path.Combine(_root, "roster");

    [SetUp]
    public void CreateClass()
    {
        _root = Directory.CreateTempSubdirectory("regrade-").FullName;
        _checks = "v1"; // one fixture object serves every test
        _graded.Clear();
        foreach (var student in Students)
        {
            Directory.CreateDirectory(Path.Combine(Class, student));
        }
    }

    [TearDown]
    public void RemoveClass() => Directory.Delete(_root, true);

    [Test]
    public async Task A_rerun_with_the_same_checks_grades_nobody_again()
    {
        await Grade();
        _graded.Clear();

        await Grade();

        Assert.That(_graded, Is.Empty);
    }

    [Test]
    public async Task After_the_checks_change_a_rerun_regrades_the_students_graded_with_the_old_checks_and_nobody_else()
    {
        await Grade();
        _checks = "v2";
        // Alice was graded again with the new checks before the run stopped; bob and carol still hold old grades.
        var report = Path.Combine(Roster, "alice.json");
        File.WriteAllText(report, File.ReadAllText(report).Replace("\"v1\"", "\"v2\"", StringComparison.Ordinal));
        _graded.Clear();

        var roster = await Grade();

        Assert.Multiple(() =>
        {
            Assert.That(_graded, Is.EquivalentTo(new[] { "bob", "carol" }));
            Assert.That(Students.Select(s => ChecksOf(Path.Combine(Roster, s + ".json"))), Has.All.EqualTo("v2"));
            Assert.That(roster.Select(e => e.Student), Is.EqualTo(Students));
        });
    }

    [Test]
    public async Task A_grade_made_before_grades_recorded_their_checks_is_made_again()
    {
        await Grade();
        var report = Path.Combine(Roster, "bob.json");
        var old = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(report))!;
        old["katas"]![0]!.AsObject().Remove("checksVersion");
        File.WriteAllText(report, old.ToJsonString());
        _graded.Clear();

        await Grade();

        Assert.That(_graded, Is.EqualTo(new[] { "bob" }));
    }

    [Test]
    public async Task Parts_of_a_class_graded_with_different_checks_are_not_merged()
    {
        // Enough students that each part holds some.
        foreach (var student in new[] { "dave", "erin", "frank", "grace", "heidi", "ivan", "judy" })
        {
            Directory.CreateDirectory(Path.Combine(Class, student));
        }

        await GradePart(new ClassShard(1, 2), "part-1");
        _checks = "v2";
        await GradePart(new ClassShard(2, 2), "part-2");

        var refused = await Assert.ThrowsAsync<RosterMergeException>(() =>
            RosterMerge.MergeAsync([Path.Combine(_root, "part-1"), Path.Combine(_root, "part-2")], Path.Combine(_root, "merged")));

        Assert.That(refused!.Message, Does.Contain("different checks").And.Contain("v1").And.Contain("v2"));
    }

    [Test]
    public void The_fingerprint_of_the_checks_changes_with_a_check_and_not_with_the_learners_file()
    {
        var repo = Directory.CreateDirectory(Path.Combine(_root, "repo")).FullName;
        var kata = Directory.CreateDirectory(Path.Combine(repo, "katas", "01-k", "Checks")).Parent!.FullName;
        Directory.CreateDirectory(Path.Combine(repo, "grader", "Grader"));
        File.WriteAllText(Path.Combine(kata, "kata.json"), "{}");
        File.WriteAllText(Path.Combine(kata, "Checks", "A.cs"), "// check");
        File.WriteAllText(Path.Combine(kata, "Cart.cs"), "// the learner's");
        File.WriteAllText(Path.Combine(repo, "grader", "Grader", "G.cs"), "// grader");
        string Now() => GraderFiles.Take(repo, kata, ["Cart.cs"]).Fingerprint();

        var before = Now();
        File.WriteAllText(Path.Combine(kata, "Cart.cs"), "// the learner's, changed");
        var learnerChanged = Now();
        File.WriteAllText(Path.Combine(kata, "Checks", "A.cs"), "// check, changed");
        var checkChanged = Now();
        File.WriteAllText(Path.Combine(repo, "grader", "Grader", "G.cs"), "// grader, changed");
        var graderChanged = Now();
        var once = ChecksVersion.Of(Kata);

        Assert.Multiple(() =>
        {
            Assert.That(before, Does.Match("^sha256:[0-9a-f]{32}$"));
            Assert.That(learnerChanged, Is.EqualTo(before), "the learner's file is not the checks");
            Assert.That(checkChanged, Is.Not.EqualTo(before));
            Assert.That(graderChanged, Is.Not.EqualTo(checkChanged), "the grader the checks build with counts too");
            Assert.That(ChecksVersion.Of(Kata), Is.EqualTo(once), "the same checks, the same fingerprint");
        });
    }

    private Task<IReadOnlyList<RosterEntry>> Grade() => GradePart(null, "roster");

    private Task<IReadOnlyList<RosterEntry>> GradePart(ClassShard? shard, string roster)
    {
        var batch = new BatchWork(
            (_, _, _) => Task.FromResult(new KataBuildPlan { SharedProjectsBuilt = true, KataFoldersBuilt = true }),
            (kata, folder, _, _, _, _) =>
            {
                lock (_graded)
                {
                    _graded.Add(Path.GetFileName(folder!));
                }

                return Task.FromResult(new KataGrade(kata.Manifest.Id, kata.Manifest.Title, true, 20, 20, [], [], [], 1) { ChecksVersion = _checks });
            });
        var work = new RosterWork(batch, _ => _checks);
        return ClassRoster.GradeAsync([Kata], Class, Path.Combine(_root, roster), new GradeOptions { Shard = shard }, work);
    }

    private static string? ChecksOf(string report)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        return json.RootElement.GetProperty("katas")[0].GetProperty("checksVersion").GetString();
    }
}
