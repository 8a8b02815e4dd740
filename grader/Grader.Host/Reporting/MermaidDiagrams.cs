using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KitchenKatas.Grader.Reporting;

/// <summary>
/// Turns check data into Mermaid diagrams for a Markdown summary: a failing interleaving as a sequence diagram with
/// the chefs as participants, a pool-size curve as a line chart.
/// </summary>
public static class MermaidDiagrams
{
    /// <summary>A sequence diagram of an <c>interleaving</c> payload, or null when the payload is not one.</summary>
    public static string? Interleaving(JsonElement payload)
    {
        if (!payload.TryGetProperty("chefs", out var chefs) || !payload.TryGetProperty("rows", out var rows))
        {
            return null;
        }

        var text = new StringBuilder("```mermaid\nsequenceDiagram\n");
        var names = chefs.EnumerateArray().Select(c => Clean(c.GetString())).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"    participant C{i} as {names[i]}\n");
        }

        text.Append("    participant K as the kitchen's shared state\n");
        foreach (var row in rows.EnumerateArray())
        {
            var chef = row.TryGetProperty("chef", out var c) && c.TryGetInt32(out var n) ? n : 0;
            var step = Clean(row.TryGetProperty("text", out var t) ? t.GetString() : "");
            var where = row.TryGetProperty("location", out var l) ? Clean(l.GetString()) : "";
            text.Append(CultureInfo.InvariantCulture, $"    C{chef}->>K: {step}{(where.Length > 0 ? $" ({where})" : "")}\n");
            if (row.TryGetProperty("note", out var note) && note.ValueKind == JsonValueKind.String)
            {
                text.Append(CultureInfo.InvariantCulture, $"    Note over C{chef},K: {Clean(note.GetString())}\n");
            }
        }

        return text.Append("```\n").ToString();
    }

    /// <summary>A line chart of a <c>pool-curve</c> payload, or null when the payload is not one.</summary>
    public static string? PoolCurve(JsonElement payload)
    {
        if (!payload.TryGetProperty("threads", out var threads) || !payload.TryGetProperty("jobsPerSecond", out var rates))
        {
            return null;
        }

        var workload = payload.TryGetProperty("workload", out var w) ? Clean(w.GetString()) : "workload";
        var knee = payload.TryGetProperty("kneeThreads", out var k) && k.TryGetInt32(out var kn) ? $", knee at {kn}" : "";
        var pick = payload.TryGetProperty("pickThreads", out var p) && p.TryGetInt32(out var pk) ? $", your pick {pk}" : "";
        var xs = string.Join(", ", threads.EnumerateArray().Select(x => x.GetInt32().ToString(CultureInfo.InvariantCulture)));
        var ys = string.Join(", ", rates.EnumerateArray().Select(y => y.GetDouble().ToString("0.#", CultureInfo.InvariantCulture)));
        return "```mermaid\nxychart-beta\n" +
            $"    title \"{workload}: jobs per second by pool size{knee}{pick}\"\n" +
            $"    x-axis \"chefs (threads)\" [{xs}]\n" +
            "    y-axis \"jobs per second\"\n" +
            $"    line [{ys}]\n```\n";
    }

    // Mermaid reads ; and # and quotes and backticks specially, and a newline ends a statement: keep text inert.
    private static string Clean(string? s) =>
        new string((s ?? "").Select(ch => ch switch
        {
            ';' => ',',
            '#' => '№',
            '"' or '`' => '\'',
            '\n' or '\r' or '\t' => ' ',
            _ => char.IsControl(ch) ? ' ' : ch,
        }).ToArray()).Trim();
}
