using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Hints;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests;

/// <summary>The kata-1 starter shows each of its real problems as a KATA hint on the right line.</summary>
[TestFixture]
public sealed class KataOneStarterTests
{
    [Test]
    public async Task The_racy_cart_starter_reports_each_problem_on_its_line()
    {
        var hints = await AnalyzerHints.ForFilesAsync([RepoFiles.PathOf("katas/01-racy-cart/Cart.cs")]);

        Assert.That(hints.Select(h => $"{h.Line} {h.Id}"), Is.EqualTo(new[]
        {
            "24 KATA001", // _items[item] = current + quantity: read by TryGetValue, written back
            "25 KATA001", // _total += quantity
            "35 KATA005", // if (!_items.TryGetValue(...) || current < quantity) return false; then _items.Remove: one hint, not three
            "49 KATA001", // _total -= quantity
            "57 KATA002", // QuantityOf reads _items while Add changes it
            "61 KATA002", // TotalQuantity reads _total
            "67 KATA002", // Snapshot copies _items
        }), string.Join(Environment.NewLine, hints));
    }
}
