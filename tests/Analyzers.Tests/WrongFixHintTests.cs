using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Hints;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests;

/// <summary>
/// The grader's own wrong fixes (tests/*/WrongFixes/) are the mistakes learners make. Where a mistake shows in the
/// code, a hint names it before any check runs.
/// </summary>
[TestFixture]
public sealed class WrongFixHintTests
{
    [TestCase("tests/RacyCart.Tests/WrongFixes/lock-per-call", "KATA003")]
    [TestCase("tests/RacyCart.Tests/WrongFixes/lock-only-in-add", "KATA002")]
    [TestCase("tests/RacyCart.Tests/WrongFixes/concurrent-dictionary-check-then-act", "KATA005")]
    [TestCase("tests/RacyCart.Tests/WrongFixes/interlocked-on-two-fields", "KATA006")]
    [TestCase("tests/ThreadPool.Tests/WrongFixes/unlocked-queue", "KATA001")]
    [TestCase("tests/ThreadPool.Tests/WrongFixes/busy-spinning-chefs", "KATA008")]
    [TestCase("tests/ThreadPool.Tests/WrongFixes/unbounded-task-run", "KATA007")]
    public async Task A_wrong_fix_gets_the_hint_that_names_its_mistake(string folder, string id)
    {
        var path = RepoFiles.PathOf(folder);
        Assume.That(Directory.Exists(path), $"{folder} is not in this clone.");

        var hints = await AnalyzerHints.ForFilesAsync(Directory.GetFiles(path, "*.cs"));

        Assert.That(hints.Select(h => h.Id), Does.Contain(id), string.Join(Environment.NewLine, hints));
    }
}
