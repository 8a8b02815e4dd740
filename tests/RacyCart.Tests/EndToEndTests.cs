using KitchenKatas.Grader.Katas;

namespace KitchenKatas.RacyCart.Tests;

/// <summary>The kata as a student and a teacher run it: <c>dotnet test</c> in its folder, with and without the solution switch.</summary>
[TestFixture]
[NonParallelizable]
public sealed class EndToEndTests
{
    private static readonly string[] RaceChecks =
    [
        "Two_chefs_adding_the_same_item_lose_none",
        "Two_chefs_adding_different_items_lose_none",
        "Chefs_racing_for_the_last_item_never_both_get_it",
        "Snapshot_and_total_always_agree_while_chefs_work",
    ];

    [Test]
    public async Task Dotnet_test_of_the_starter_fails_the_four_race_checks_and_passes_the_basics()
    {
        var run = await KataTestRunner.RunAsync(new KataTestRequest(RepoPaths.Kata));
        Assert.That(run.NoResults, Is.False, () => "No test results:\n" + run.Process.StandardOutput);
        Assert.Multiple(() =>
        {
            foreach (var check in RaceChecks)
            {
                var outcome = run.Find(check);
                Assert.That(outcome?.Passed, Is.False, $"{check} must fail on the starter.");
                Assert.That(outcome?.Message, Does.Contain("expected").IgnoreCase.And.Contain("README.md, section \"Hints\""), check);
            }

            Assert.That(run.Find("One_chef_alone_gets_what_the_cart_promises")?.Passed, Is.True);
            Assert.That(run.Find("Bad_arguments_are_refused_with_a_clear_exception")?.Passed, Is.True);
            Assert.That(run.Process.ExitCode, Is.Not.Zero, "dotnet test must report the failures through its exit code.");
        });
    }

    [Test]
    public async Task Dotnet_test_with_KataSolution_passes_every_check()
    {
        var run = await KataTestRunner.RunAsync(new KataTestRequest(RepoPaths.Kata) { Solution = true });
        var manifest = KataManifest.Load(Path.Combine(RepoPaths.Kata, "kata.json"));
        Assert.Multiple(() =>
        {
            Assert.That(run.Tests.Select(t => t.FullName), Is.EquivalentTo(manifest.Checks.Select(c => c.Test)),
                "Every test is a check listed in kata.json, and every check is a test.");
            Assert.That(run.Tests.Where(t => !t.Passed).Select(t => $"{t.FullName}: {t.Message}"), Is.Empty);
            Assert.That(run.Process.ExitCode, Is.Zero);
        });
    }
}
