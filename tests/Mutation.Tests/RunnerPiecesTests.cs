using KitchenKatas.Grader.Mutation;

namespace KitchenKatas.Mutation.Tests;

/// <summary>The small pieces of a race-mutation run: check order, equivalent lists, the score.</summary>
[TestFixture]
public sealed class RunnerPiecesTests
{
    private static readonly RaceMutant Mutant = new("drop-lock", "Cart.cs", 21, "lock (_gate) in Add removed, its body kept", new Dictionary<string, string>());

    [Test]
    public void Checks_that_killed_mutants_of_an_operator_are_tried_first_for_its_next_mutant()
    {
        var order = new CheckOrder(["A", "B", "C"]);
        order.Killed("drop-lock", "C");
        order.Killed("lock-per-call", "B");
        order.Killed("lock-per-call", "B");
        Assert.Multiple(() =>
        {
            Assert.That(order.For("drop-lock"), Is.EqualTo(new[] { "C", "B", "A" }), "own kills first, then kills of any operator");
            Assert.That(order.For("move-out-of-lock"), Is.EqualTo(new[] { "B", "C", "A" }));
            Assert.That(new CheckOrder(["A", "B"]).For("drop-lock"), Is.EqualTo(new[] { "A", "B" }), "the manifest's order to begin with");
        });
    }

    [Test]
    public void An_equivalent_entry_matches_its_operator_file_and_line_only()
    {
        var entry = new EquivalentMutant("drop-lock", "Cart.cs", 21, "why");
        Assert.Multiple(() =>
        {
            Assert.That(entry.Matches(Mutant), Is.True);
            Assert.That(entry.Matches(Mutant with { Line = 22 }), Is.False);
            Assert.That(entry.Matches(Mutant with { OperatorId = "lock-per-call" }), Is.False);
        });
    }

    [Test]
    public void An_equivalent_list_without_a_reason_is_refused_with_the_file_name()
    {
        var dir = Directory.CreateTempSubdirectory("equivalents-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, EquivalentMutant.FileName), """{ "mutants": [ { "operator": "drop-lock", "file": "Cart.cs", "line": 3 } ] }""");
            Assert.That(() => EquivalentMutant.Load(dir), Throws.InstanceOf<InvalidDataException>().With.Message.Contain(EquivalentMutant.FileName).And.Message.Contain("reason"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void A_solution_without_a_list_has_no_equivalent_mutants() =>
        Assert.That(EquivalentMutant.Load(Directory.CreateTempSubdirectory("no-list-").FullName), Is.Empty);

    [Test]
    public void The_score_counts_killed_and_survived_mutants_only()
    {
        MutantResult Result(MutantVerdict verdict) => new(Mutant, verdict, null, null, TimeSpan.Zero);
        var report = new RaceMutationReport("racy-cart", "The racy cart",
            [Result(MutantVerdict.Killed), Result(MutantVerdict.Killed), Result(MutantVerdict.Killed), Result(MutantVerdict.Survived), Result(MutantVerdict.Stillborn), Result(MutantVerdict.Equivalent)],
            TimeSpan.FromSeconds(3), []);
        Assert.Multiple(() =>
        {
            Assert.That(report.Score, Is.EqualTo(75.0));
            Assert.That(report.Passed, Is.False);
            Assert.That(report.Summary, Does.StartWith("racy-cart: 75.0 % (3 of 4 killed, 1 stillborn, 1 equivalent)"));
            Assert.That(new RaceMutationReport("k", "t", [Result(MutantVerdict.Stillborn)], TimeSpan.Zero, []).Score, Is.Null);
        });
    }
}
