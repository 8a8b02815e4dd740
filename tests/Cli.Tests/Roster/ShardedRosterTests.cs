using KitchenKatas.Grader.Cli;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Roster;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// A class graded in parts on several machines, then merged: the same roster as one machine grading it all. No real
/// builds: each student's grade is made up from their name (the real thing runs in <see cref="ShardedClassGradeTests"/>).
/// </summary>
[TestFixture]
public sealed class ShardedRosterTests
{
    private static readonly KataInfo Kata = new("/nowhere", new KataManifest { Id = "racy-cart", Title = "The racy cart", LearnerFiles = ["Cart.cs"], Checks = [] });
    private static readonly string[] Students = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"];

    private static readonly RosterWork Fake = new(new BatchWork(
        (_, _, _) => Task.FromResult(new KataBuildPlan { SharedProjectsBuilt = true, KataFoldersBuilt = true }),
        (kata, folder, _, _, _, _) =>
        {
            var score = Path.GetFileName(folder!).Length * 2;
            return Task.FromResult(new KataGrade(kata.Manifest.Id, kata.Manifest.Title, score == 10, score, 20, [], [], [], 1));
        }));

    private string _root = "";

    private string Class => Path.Combine(_root, "class");

    [SetUp]
    public void CreateClass()
    {
        _root = Directory.CreateTempSubdirectory("shards-").FullName;
        foreach (var student in Students)
        {
            Directory.CreateDirectory(Path.Combine(Class, student));
        }
    }

    [TearDown]
    public void RemoveClass() => Directory.Delete(_root, true);

    [Test]
    public void Every_student_is_in_exactly_one_part_and_stays_there_when_others_join()
    {
        var parts = Enumerable.Range(1, 3).Select(k => new ClassShard(k, 3)).ToArray();
        var before = Students.ToDictionary(s => s, s => parts.Single(p => p.Holds(s)).Number);
        var after = Students.Concat(["mallory", "niaj", "olivia"]).ToDictionary(s => s, s => parts.Single(p => p.Holds(s)).Number);
        Assert.That(Students.Select(s => after[s]), Is.EqualTo(Students.Select(s => before[s])), "adding students moves no one");
    }

    [TestCase("1/2", 1, 2)]
    [TestCase("3/3", 3, 3)]
    [TestCase("0/2", 0, 0)]
    [TestCase("3/2", 0, 0)]
    [TestCase("1-2", 0, 0)]
    public void A_part_is_written_K_slash_N(string text, int k, int n) =>
        Assert.That(ClassShard.Parse(text), Is.EqualTo(k == 0 ? null : new ClassShard(k, n)));

    [Test]
    public async Task Two_parts_merged_give_the_roster_of_one_machine_grading_the_whole_class()
    {
        var whole = await Grade(null, "whole");
        await Grade(new ClassShard(1, 2), "part-1");
        await Grade(new ClassShard(2, 2), "part-2");

        var merged = await RosterMerge.MergeAsync([Path.Combine(_root, "part-1"), Path.Combine(_root, "part-2")], Path.Combine(_root, "merged"));

        Assert.Multiple(() =>
        {
            Assert.That(merged.Select(e => (e.Student, e.Score)), Is.EqualTo(whole.Select(e => (e.Student, e.Score))));
            Assert.That(File.ReadAllText(Path.Combine(_root, "merged", "roster.csv")), Is.EqualTo(File.ReadAllText(Path.Combine(_root, "whole", "roster.csv"))));
            Assert.That(Directory.GetFiles(Path.Combine(_root, "part-1"), "*.json").Length - 2, Is.LessThan(Students.Length), "a part grades only its students");
        });
    }

    [Test]
    public async Task Merging_again_changes_nothing_and_a_merge_stopped_half_way_finishes()
    {
        await Grade(new ClassShard(1, 2), "part-1");
        await Grade(new ClassShard(2, 2), "part-2");
        string[] parts = [Path.Combine(_root, "part-1"), Path.Combine(_root, "part-2")];
        var output = Path.Combine(_root, "merged");
        await RosterMerge.MergeAsync(parts, output);
        var first = File.ReadAllText(Path.Combine(output, "roster.json"));
        File.Delete(Path.Combine(output, "carol.json"));
        File.Delete(Path.Combine(output, "roster.json"));

        await RosterMerge.MergeAsync(parts, output);

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(output, "roster.json")), Is.EqualTo(first));
            Assert.That(File.Exists(Path.Combine(output, "carol.json")), Is.True);
        });
    }

    [Test]
    public async Task A_missing_part_or_a_missing_student_is_refused_by_name()
    {
        await Grade(new ClassShard(1, 2), "part-1");
        await Grade(new ClassShard(2, 2), "part-2");
        var someone = RosterFiles.TryLoadShard(Path.Combine(_root, "part-2"))!.Students[0];
        var onlyOne = await Assert.ThrowsAsync<RosterMergeException>(() => RosterMerge.MergeAsync([Path.Combine(_root, "part-1")], Path.Combine(_root, "merged")));
        File.Delete(Path.Combine(_root, "part-2", someone + ".json"));
        var lost = await Assert.ThrowsAsync<RosterMergeException>(() => RosterMerge.MergeAsync([Path.Combine(_root, "part-1"), Path.Combine(_root, "part-2")], Path.Combine(_root, "merged")));
        Assert.Multiple(() =>
        {
            Assert.That(onlyOne!.Message, Does.Contain("2/2 are missing"));
            Assert.That(lost!.Message, Does.Contain(someone).And.Contain("Grade their part again"));
        });
    }

    [Test]
    public async Task Overlapping_parts_are_refused()
    {
        await Grade(new ClassShard(1, 2), "part-1");
        CopyFolder(Path.Combine(_root, "part-1"), Path.Combine(_root, "copy-of-1"));
        var refused = await Assert.ThrowsAsync<RosterMergeException>(() => RosterMerge.MergeAsync([Path.Combine(_root, "part-1"), Path.Combine(_root, "copy-of-1")], Path.Combine(_root, "merged")));
        Assert.That(refused!.Message, Does.Contain("given twice"));
    }

    [Test]
    public async Task An_output_that_holds_another_grade_of_a_student_is_refused()
    {
        await Grade(new ClassShard(1, 1), "part-1");
        var output = Path.Combine(_root, "merged");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "alice.json"), "{}");
        var refused = await Assert.ThrowsAsync<RosterMergeException>(() => RosterMerge.MergeAsync([Path.Combine(_root, "part-1")], output));
        Assert.That(refused!.Message, Does.Contain("another grade of alice"));
    }

    [Test]
    public async Task The_command_line_refuses_a_folder_that_is_not_a_part_with_exit_2_and_says_why()
    {
        var console = new TestConsole();
        var code = await KitchenApp.RunAsync(["roster", "merge", Class, "--output", Path.Combine(_root, "merged")], console);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(console.Output, Does.Contain("Not merged").And.Contain("--shard K/N"));
        });
    }

    private Task<IReadOnlyList<RosterEntry>> Grade(ClassShard? shard, string roster) =>
        ClassRoster.GradeAsync([Kata], Class, Path.Combine(_root, roster), new GradeOptions { Shard = shard }, Fake);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
