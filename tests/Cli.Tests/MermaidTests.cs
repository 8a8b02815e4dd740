using System.Text.Json;
using KitchenKatas.Grader.Reporting;

namespace KitchenKatas.Cli.Tests;

[TestFixture]
public sealed class MermaidTests
{
    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });

    [Test]
    public void A_failing_interleaving_becomes_a_sequence_diagram_with_the_chefs_as_participants()
    {
        var payload = Json(new
        {
            Chefs = new[] { "Chef 1 (Add tomato)", "Chef 2 (Add tomato)" },
            Rows = new object[]
            {
                new { Chef = 0, Text = "reads _total = 5", Location = "Cart.cs:14" },
                new { Chef = 1, Text = "reads _total = 5", Location = "Cart.cs:14" },
                new { Chef = 1, Text = "writes _total = 6; # `x`", Location = "Cart.cs:14", Note = "overwrites: one tomato lost" },
            },
        });
        var diagram = MermaidDiagrams.Interleaving(payload)!;
        Assert.Multiple(() =>
        {
            Assert.That(diagram, Does.StartWith("```mermaid\nsequenceDiagram\n"));
            Assert.That(diagram, Does.Contain("participant C0 as Chef 1 (Add tomato)"));
            Assert.That(diagram, Does.Contain("C0->>K: reads _total = 5 (Cart.cs:14)"));
            Assert.That(diagram, Does.Contain("C1->>K: writes _total = 6, № 'x' (Cart.cs:14)"), "Characters Mermaid reads specially are made inert.");
            Assert.That(diagram, Does.Contain("Note over C1,K: overwrites: one tomato lost"));
        });
    }

    [Test]
    public void A_pool_curve_becomes_a_line_chart_naming_the_knee_and_the_pick()
    {
        var payload = Json(new { Workload = "mostly waiting", Threads = new[] { 1, 2, 4 }, JobsPerSecond = new[] { 10.0, 19.5, 30.25 }, KneeThreads = 4, PickThreads = 2 });
        var chart = MermaidDiagrams.PoolCurve(payload)!;
        Assert.Multiple(() =>
        {
            Assert.That(chart, Does.Contain("xychart-beta"));
            Assert.That(chart, Does.Contain("title \"mostly waiting: jobs per second by pool size, knee at 4, your pick 2\""));
            Assert.That(chart, Does.Contain("x-axis \"chefs (threads)\" [1, 2, 4]"));
            Assert.That(chart, Does.Contain("line [10, 19.5, 30.3]"));
        });
    }

    [Test]
    public void Payloads_of_another_shape_draw_nothing() =>
        Assert.That((MermaidDiagrams.Interleaving(Json(new { X = 1 })), MermaidDiagrams.PoolCurve(Json(new { X = 1 }))), Is.EqualTo(((string?)null, (string?)null)));
}
