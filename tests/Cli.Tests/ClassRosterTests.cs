using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Reporting;
using KitchenKatas.Grader.Roster;

namespace KitchenKatas.Cli.Tests;

[TestFixture]
public sealed class ClassRosterTests
{
    [Test]
    public async Task A_rerun_skips_students_already_graded_and_still_writes_the_roster()
    {
        var submissions = Directory.CreateTempSubdirectory("class-").FullName;
        var roster = Directory.CreateTempSubdirectory("roster-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(submissions, "alice"));
            Directory.CreateDirectory(Path.Combine(submissions, "=cmd"));
            var kata = new KataInfo("/nowhere", new KataManifest { Id = "racy-cart", Title = "The racy cart", LearnerFiles = ["Cart.cs"], Checks = [] });
            // Graded before with the checks as they are now, so both grades stand.
            var graded = Reports.OneFailure("lost a tomato");
            graded = graded with { Katas = graded.Katas.Select(k => k with { ChecksVersion = ChecksVersion.Of(kata) }).ToArray() };
            await File.WriteAllTextAsync(Path.Combine(roster, "alice.json"), JsonReportWriter.Write(graded));
            await File.WriteAllTextAsync(Path.Combine(roster, "=cmd.json"), JsonReportWriter.Write(graded));
            var skipped = new List<string>();

            var entries = await ClassRoster.GradeAsync([kata], submissions, roster, new GradeOptions(), (s, skip) => { if (skip) { skipped.Add(s); } });

            var csv = await File.ReadAllLinesAsync(Path.Combine(roster, "roster.csv"));
            Assert.Multiple(() =>
            {
                Assert.That(skipped, Is.EquivalentTo(new[] { "alice", "=cmd" }), "Nothing is graded twice.");
                Assert.That(entries.Select(e => (e.Student, e.Score, e.MaxScore)), Is.EquivalentTo(new[] { ("alice", 20, 40), ("=cmd", 20, 40) }));
                Assert.That(csv[0], Is.EqualTo("student,score,maxScore,passed,racy-cart"));
                Assert.That(csv, Does.Contain("\"'=cmd\",20,40,false,20"), "A name that looks like a formula is quoted and defused.");
                Assert.That(File.Exists(Path.Combine(roster, "roster.json")), Is.True);
            });
        }
        finally
        {
            Directory.Delete(submissions, true);
            Directory.Delete(roster, true);
        }
    }
}
