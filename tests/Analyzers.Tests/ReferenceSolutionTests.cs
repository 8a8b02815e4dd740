using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Hints;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests;

/// <summary>No false alarms: the reference solutions are what learners aim for, so no rule may fire on them.</summary>
[TestFixture]
public sealed class ReferenceSolutionTests
{
    // A kata whose solution is still being written has no files yet: there is nothing to check there.
    private static IEnumerable<string> SolutionFolders() =>
        Directory.GetDirectories(RepoFiles.PathOf("solutions"))
            .Where(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Any())
            .Select(folder => Path.GetFileName(folder))
            .Order(StringComparer.Ordinal);

    [Test]
    public void The_racy_cart_solution_is_among_the_solutions_checked() =>
        Assert.That(SolutionFolders(), Does.Contain("01-racy-cart"));

    [TestCaseSource(nameof(SolutionFolders))]
    public async Task Reports_nothing_on_the_reference_solution(string kata)
    {
        var files = Directory.GetFiles(RepoFiles.PathOf(Path.Combine("solutions", kata)), "*.cs", SearchOption.AllDirectories);
        var provided = RepoFiles.PathOf(Path.Combine("katas", kata, "Provided"));
        var context = Directory.Exists(provided) ? Directory.GetFiles(provided, "*.cs", SearchOption.AllDirectories) : [];

        var hints = await AnalyzerHints.ForFilesAsync(files, context);

        Assert.That(hints, Is.Empty, string.Join(Environment.NewLine, hints));
    }
}
