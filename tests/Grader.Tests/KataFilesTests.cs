using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.Tests;

[TestFixture]
public sealed class KataFilesTests
{
    [Test]
    public void Trx_results_are_read_with_full_names_outcomes_messages_and_durations()
    {
        var results = TrxReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample-results.xml"));
        Assert.That(results, Is.EqualTo(new[]
        {
            new TestOutcome("Kitchen.Checks.Adds", "Passed", null, null, "No race seen in 10 trials", TimeSpan.FromSeconds(1.5)),
            new TestOutcome("Kitchen.Checks.Removes", "Failed", "Both chefs took it.", "at Cart.TryRemove", null, TimeSpan.FromSeconds(0.25)),
        }));
    }

    [Test]
    public void A_file_that_is_not_trx_gets_a_clear_error()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "not xml at all");
        try
        {
            Assert.That(() => TrxReader.Read(file), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void A_manifest_is_read_with_its_checks_points_and_stress_settings()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """
            {
              // comments are allowed
              "id": "racy-cart", "title": "The racy cart", "learnerFiles": ["Cart.cs"],
              "stress": { "budgetMs": 900, "seed": 3 },
              "checks": [ { "test": "A.B.C", "title": "C", "points": 20 }, { "test": "A.B.D", "title": "D", "points": 5 } ],
            }
            """);
        try
        {
            var manifest = KataManifest.Load(file);
            Assert.Multiple(() =>
            {
                Assert.That(manifest.Id, Is.EqualTo("racy-cart"));
                Assert.That(manifest.LearnerFiles, Is.EqualTo(new[] { "Cart.cs" }));
                Assert.That(manifest.MaxScore, Is.EqualTo(25));
                Assert.That(manifest.Stress, Is.EqualTo(new StressSettings { BudgetMs = 900, Seed = 3 }));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void A_malformed_manifest_names_its_file()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "{ \"id\": 3 ");
        try
        {
            Assert.That(() => KataManifest.Load(file), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
