using System.Text.Json;

namespace KitchenKatas.Grader.Reporting;

/// <summary>
/// Structured data a check hands to the grader beside its pass or fail: an outcome histogram, a failing
/// interleaving, a throughput curve. A check writes it as one line on its test output; the grader reads it back
/// from the test results, so the checks stay the one source of truth.
/// </summary>
/// <param name="Kind">What the payload is, e.g. <c>stress-histogram</c>, <c>interleaving</c>, <c>pool-curve</c>.</param>
/// <param name="Payload">The data itself.</param>
public sealed record CheckData(string Kind, JsonElement Payload)
{
    /// <summary>The prefix that marks a data line in a check's output.</summary>
    public const string Marker = "kitchen-data: ";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The line a check writes to its output to hand over <paramref name="payload"/>.</summary>
    public static string ToLine(string kind, object payload)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return Marker + JsonSerializer.Serialize(new { kind, payload }, Json);
    }

    /// <summary>Every data line in a check's output; lines that do not parse are skipped.</summary>
    public static IReadOnlyList<CheckData> Parse(string? output)
    {
        if (string.IsNullOrEmpty(output))
        {
            return [];
        }

        var found = new List<CheckData>();
        foreach (var line in output.Split('\n'))
        {
            var at = line.IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line[(at + Marker.Length)..]);
                if (document.RootElement.TryGetProperty("kind", out var kind) && document.RootElement.TryGetProperty("payload", out var payload))
                {
                    found.Add(new CheckData(kind.GetString() ?? "", payload.Clone()));
                }
            }
            catch (JsonException)
            {
                // Learner output can look like anything; only well-formed data lines count.
            }
        }

        return found;
    }
}
