using KitchenKatas.Grader.Cli;
using KitchenKatas.Grader.Katas;
using Spectre.Console.Testing;

namespace KitchenKatas.Cli.Tests;

/// <summary>
/// The real thing, through the command line: a small class graded in two parts and merged gives the roster of one
/// machine grading it whole. Kata 1 with one fix that passes and two that do not compile (fast to fail) keeps it short.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ShardedClassGradeTests
{
    private static readonly string Repo = KataLocator.FindRepoRoot(AppContext.BaseDirectory)!;

    [Test]
    public async Task Two_parts_graded_apart_and_merged_give_the_same_roster_as_one_grade_of_the_class()
    {
        var root = Directory.CreateTempSubdirectory("sharded-class-").FullName;
        try
        {
            var submissions = Path.Combine(root, "class");
            Directory.CreateDirectory(Path.Combine(submissions, "alice"));
            File.Copy(Path.Combine(Repo, "solutions", "01-racy-cart", "Cart.cs"), Path.Combine(submissions, "alice", "Cart.cs"));
            foreach (var student in new[] { "bob", "carol" })
            {
                Directory.CreateDirectory(Path.Combine(submissions, student));
                File.WriteAllText(Path.Combine(submissions, student, "Cart.cs"), "namespace Kitchen.RacyCart;\npublic sealed class Cart\n{\n    int x = ;\n}\n");
            }

            // A tenth of the budget: the reference cart passes at any budget, and what is compared is the roster's
            // bookkeeping, not the checks' power.
            string[] grade = ["grade", "--repo", Repo, "--kata", "racy-cart", "--budget", "0.1", "--allow-unsandboxed", "--submissions", submissions];
            var whole = await KitchenApp.RunAsync([.. grade, "--roster", Path.Combine(root, "whole")], new TestConsole());
            var one = await KitchenApp.RunAsync([.. grade, "--shard", "1/2", "--roster", Path.Combine(root, "part-1")], new TestConsole());
            var two = await KitchenApp.RunAsync([.. grade, "--shard", "2/2", "--roster", Path.Combine(root, "part-2")], new TestConsole());
            var console = new TestConsole();
            var merged = await KitchenApp.RunAsync(["roster", "merge", Path.Combine(root, "part-1"), Path.Combine(root, "part-2"), "--output", Path.Combine(root, "merged")], console);

            Assert.Multiple(() =>
            {
                Assert.That((whole, one, two, merged), Is.EqualTo((0, 0, 0, 0)), console.Output);
                Assert.That(File.ReadAllText(Path.Combine(root, "merged", "roster.csv")), Is.EqualTo(File.ReadAllText(Path.Combine(root, "whole", "roster.csv"))));
                Assert.That(File.ReadAllText(Path.Combine(root, "merged", "roster.csv")), Does.Contain("alice,100,100,true").And.Contain("bob,0,100,false"));
            });
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }
}
