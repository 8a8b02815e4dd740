using System.Text.Json;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// Structured data a check hands to the grader beside its pass or fail: an outcome histogram, a failing
/// interleaving, a throughput curve, the evidence of a pass. A check hands it over (<see cref="Hand"/>) as lines in a
/// file of its own in the folder the grader names in <see cref="FolderVariable"/>; the learner's own <c>dotnet test</c>
/// names none, so a learner never reads machine lines, and the checks stay the one source of truth.
/// </summary>
/// <param name="Kind">What the payload is, e.g. <c>stress-histogram</c>, <c>interleaving</c>, <c>pool-curve</c>.</param>
/// <param name="Payload">The data itself.</param>
public sealed record CheckData(string Kind, JsonElement Payload)
{
    /// <summary>The prefix that marks a data line in a check's output.</summary>
    public const string Marker = "kitchen-data: ";

    /// <summary>The environment variable that names the folder checks hand their data to; unset outside the grader.</summary>
    public const string FolderVariable = "KITCHEN_DATA_DIR";

    // Most characters of one check's data the grader reads.
    private const int MostRead = 1_000_000;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>
    /// The folder a grader named for this run's data (<see cref="FolderVariable"/>), when it exists; null in a learner's
    /// own run. Checks hand their data and progress there, and leave to the grader what it works out itself.
    /// </summary>
    public static string? GraderFolder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder && Directory.Exists(folder) ? folder : null;

    /// <summary>
    /// Hands <paramref name="payload"/> of <paramref name="kind"/> from the check <paramref name="test"/> (its full
    /// name) to the grader, when a grader asked for it; does nothing in a learner's own run.
    /// </summary>
    public static void Hand(string test, string kind, object payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(test);
        if (GraderFolder is not { } folder)
        {
            return;
        }

        File.AppendAllText(Path.Combine(folder, FileFor(test)), ToLine(kind, payload) + "\n");
    }

    /// <summary>What the check <paramref name="test"/> handed over in <paramref name="folder"/>, or null.</summary>
    public static string? HandedIn(string folder, string test)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(test);
        var file = new FileInfo(Path.Combine(folder, FileFor(test)));
        if (!file.Exists)
        {
            return null;
        }

        // Learner code shares the test host and could fill the file: only the first part is read.
        using var reader = file.OpenText();
        var buffer = new char[Math.Min(file.Length, MostRead)];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }

    // A test's full name may hold any character; its file is named by a hash of it.
    private static string FileFor(string test) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(test)))[..32] + ".jsonl";

    /// <summary>The line that hands over <paramref name="payload"/> (one line of a data file).</summary>
    public static string ToLine(string kind, object payload)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return Marker + JsonSerializer.Serialize(new { kind, payload }, Json);
    }

    /// <summary>Every data line in <paramref name="output"/> (a data file); lines that do not parse are skipped.</summary>
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
