using KitchenKatas.Grader.Mutation;

namespace KitchenKatas.Mutation.Tests;

/// <summary>
/// Each operator against a small kitchen snippet (<c>Fixtures/Golden/&lt;operator&gt;/before.cs</c>): the mutants it
/// makes, one per site, must be exactly those in <c>mutants.txt</c>, which shows every mutant before and after.
/// </summary>
[TestFixture]
public sealed class OperatorGoldenTests
{
    private static IEnumerable<string> OperatorIds() => RaceMutationOperators.All.Select(o => o.Id);

    [TestCaseSource(nameof(OperatorIds))]
    public void Operator_makes_exactly_the_golden_mutants_of_its_snippet(string id)
    {
        var folder = Path.Combine(RepoPaths.Golden, id);
        var expectedFile = Path.Combine(folder, "mutants.txt");
        var actual = GoldenMutants.Render(RaceMutationOperators.Find(id)!, Path.Combine(folder, "before.cs"));
        if (Environment.GetEnvironmentVariable(GoldenMutants.AcceptVariable) == "1")
        {
            File.WriteAllText(expectedFile, actual);
        }

        Assert.That(File.Exists(expectedFile), Is.True, $"{expectedFile} is missing; run with {GoldenMutants.AcceptVariable}=1 and review it.");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(expectedFile).ReplaceLineEndings("\n")));
    }

    [TestCaseSource(nameof(OperatorIds))]
    public void Operator_leaves_code_without_its_sites_alone(string id)
    {
        var rendered = GoldenMutants.Render(RaceMutationOperators.Find(id)!, Path.Combine(RepoPaths.Golden, "no-sites", "before.cs"));
        Assert.That(rendered, Is.EqualTo("(no mutants)\n"));
    }

    [TestCaseSource(nameof(OperatorIds))]
    public void Operator_snippet_compiles_before_it_is_mutated(string id) =>
        Assert.That(GoldenMutants.Compiles(File.ReadAllText(Path.Combine(RepoPaths.Golden, id, "before.cs"))), Is.True);

    [Test]
    public void Operator_ids_are_unique_and_each_has_a_golden_folder()
    {
        var ids = OperatorIds().ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(ids.Where(id => !Directory.Exists(Path.Combine(RepoPaths.Golden, id))), Is.Empty);
            Assert.That(RaceMutationOperators.All.Where(o => string.IsNullOrWhiteSpace(o.Summary)).Select(o => o.Id), Is.Empty);
        });
    }
}
