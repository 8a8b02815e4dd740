using System.Globalization;
using System.Text;
using System.Text.Json;
using KitchenKatas.Grader.Grading;

namespace KitchenKatas.Grader.Roster;

/// <summary>
/// The files of a roster folder: one report per student (<c>STUDENT.json</c>), <c>roster.json</c> and <c>roster.csv</c>,
/// and for a part of a class graded alone, <c>shard.json</c>. Grading a class and merging its parts write them alike.
/// </summary>
public static class RosterFiles
{
    /// <summary>Name of the file that says which part of which class a roster folder holds.</summary>
    public const string ShardFile = "shard.json";

    internal static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <summary>Where the report of <paramref name="student"/> (a folder path or name) goes in <paramref name="rosterDir"/>.</summary>
    public static string ReportFile(string rosterDir, string student) => Path.Combine(rosterDir, Path.GetFileName(student) + ".json");

    /// <summary>The report in <paramref name="file"/>, or null when there is none or it does not parse (a run killed while writing it).</summary>
    public static GradeReport? TryLoad(string file)
    {
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<GradeReport>(File.ReadAllText(file), Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The roster line of <paramref name="student"/> (a folder path or name).</summary>
    public static RosterEntry Row(string student, GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(Path.GetFileName(student), report.Score, report.MaxScore, report.Passed, report.Katas.ToDictionary(k => k.Id, k => k.Score));
    }

    /// <summary>Writes <c>roster.json</c> and <c>roster.csv</c> (one column per kata id, in <paramref name="kataIds"/>'s order).</summary>
    public static async Task WriteRosterAsync(string rosterDir, IReadOnlyList<RosterEntry> entries, IReadOnlyList<string> kataIds, CancellationToken cancellationToken = default)
    {
        await File.WriteAllTextAsync(Path.Combine(rosterDir, "roster.json"), JsonSerializer.Serialize(entries, Json), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(rosterDir, "roster.csv"), Csv(entries, kataIds), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The part of a class a roster folder holds, or null when it holds a whole class (or nothing).</summary>
    public static ShardRecord? TryLoadShard(string rosterDir)
    {
        var file = Path.Combine(rosterDir, ShardFile);
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<ShardRecord>(File.ReadAllText(file), Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static Task WriteShardAsync(string rosterDir, ShardRecord shard, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(rosterDir, ShardFile), JsonSerializer.Serialize(shard, Json), cancellationToken);

    private static string Csv(IEnumerable<RosterEntry> entries, IReadOnlyList<string> kataIds)
    {
        var csv = new StringBuilder();
        csv.Append("student,score,maxScore,passed");
        foreach (var kata in kataIds)
        {
            csv.Append(',').Append(kata);
        }

        csv.Append('\n');
        foreach (var e in entries)
        {
            csv.Append(Field(e.Student)).Append(',').Append(e.Score.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(e.MaxScore.ToString(CultureInfo.InvariantCulture)).Append(',').Append(e.Passed ? "true" : "false");
            foreach (var kata in kataIds)
            {
                csv.Append(',').Append(e.KataScores.TryGetValue(kata, out var s) ? s.ToString(CultureInfo.InvariantCulture) : "");
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }

    // Quote a field that a spreadsheet could misread; a leading = + - @ would start a formula.
    private static string Field(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 || (s.Length > 0 && "=+-@".Contains(s[0], StringComparison.Ordinal))
            ? "\"" + (s.Length > 0 && "=+-@".Contains(s[0], StringComparison.Ordinal) ? "'" : "") + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : s;
}

/// <summary>What a roster folder graded by <c>--shard K/N</c> holds.</summary>
/// <param name="Shard">The part, <c>K/N</c>.</param>
/// <param name="Class">Every student folder of the class when the part was graded: a merge needs them all, from some part.</param>
/// <param name="Students">The students of this part.</param>
public sealed record ShardRecord(string Shard, IReadOnlyList<string> Class, IReadOnlyList<string> Students);
