using KitchenKatas.Grader.Hints;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests;

/// <summary>The grader's hints: the KATA analyzers run in memory over a learner's sources.</summary>
[TestFixture]
public sealed class AnalyzerHintsTests
{
    private const string Till = """
        public sealed class Till
        {
            private readonly Dictionary<string, int> _sales = new();
            private int _count;
            public void Sell(string item)
            {
                _count++;
                lock (this) { _sales[item] = 1; }
            }
        }
        """;

    [Test]
    public async Task Hints_carry_the_id_file_line_and_a_message_naming_the_learners_identifiers_sorted_by_line()
    {
        var hints = await AnalyzerHints.ForSourcesAsync([new("kata/Till.cs", Till)]);

        Assert.That(hints, Is.EqualTo(new[]
        {
            new AnalyzerHint("KATA001", "kata/Till.cs", 7, "Two chefs can run `_count++` at the same moment: both start from the same old `_count`, and one change is lost. Guard `_count` with a lock."),
            new AnalyzerHint("KATA003", "kata/Till.cs", 8, "`lock (this)` does not protect you: code outside the class can lock this same object too, and stall every chef. Lock on one private readonly object, the same one in every member."),
        }));
    }

    [Test]
    public async Task Context_sources_help_binding_but_never_get_hints()
    {
        KeyValuePair<string, string> cart = new("Cart.cs", "public sealed class Cart { private readonly Shelf _shelf = new(); public void Put() => _shelf.Stock(); }");
        KeyValuePair<string, string> shelf = new("Provided/Shelf.cs", "public sealed class Shelf { private int _n; public void Stock() => _n++; }");

        var asContext = await AnalyzerHints.ForSourcesAsync([cart], [shelf]);
        var asLearner = await AnalyzerHints.ForSourcesAsync([cart, shelf]);

        Assert.Multiple(() =>
        {
            Assert.That(asContext, Is.Empty);
            Assert.That(asLearner.Select(h => h.File), Is.EqualTo(new[] { "Provided/Shelf.cs" }));
        });
    }

    [Test]
    public async Task Reports_nothing_on_code_that_compiles_cleanly_and_shares_nothing()
    {
        var hints = await AnalyzerHints.ForSourcesAsync([new("Recipe.cs", "public static class Recipe { public static int Double(int n) => n * 2; }")]);

        Assert.That(hints, Is.Empty);
    }

    [Test]
    public void A_hint_can_be_made_relative_to_its_kata_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kata");
        var hint = new AnalyzerHint("KATA001", Path.Combine(folder, "Sub", "Cart.cs"), 3, "m");

        Assert.That(hint.RelativeTo(folder).File, Is.EqualTo("Sub/Cart.cs"));
    }
}
