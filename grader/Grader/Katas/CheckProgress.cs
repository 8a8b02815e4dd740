using System.Text.Json;
using System.Text.Json.Serialization;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// One line of a run's progress file: which check is at which step, and how far (round <paramref name="Round"/> of
/// <paramref name="Of"/>) when the step counts rounds. The checks write it (<see cref="Write"/>) into the folder the
/// grader names in <see cref="CheckData.FolderVariable"/>, the grader reads it while the checks run
/// (<see cref="ProgressTail"/>). It is for the eye only: the learner's code shares the test host and can write this file
/// too, so nothing in it ever counts toward a result; the verdicts come from the test results alone.
/// </summary>
/// <param name="Test">The check's full test name, as the kata names it.</param>
/// <param name="Step">Where the check is.</param>
/// <param name="Round">The round under way, from 1, when the step counts rounds.</param>
/// <param name="Of">Rounds the step has, when it counts them.</param>
public sealed record CheckProgress(string Test, CheckStep Step, int? Round = null, int? Of = null)
{
    /// <summary>The progress file's name in the data folder (never a check's data file: those are named by a hash).</summary>
    public const string FileName = "progress.jsonl";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Writes <paramref name="progress"/> to the progress file when a grader asked for one; does nothing in a learner's own run.</summary>
    public static void Write(CheckProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (CheckData.GraderFolder is not { } folder)
        {
            return;
        }

        try
        {
            File.AppendAllText(Path.Combine(folder, FileName), ToLine(progress) + "\n");
        }
        catch (IOException)
        {
            // Progress is for the eye: a line lost never changes a check.
        }
    }

    /// <summary>The line that says <paramref name="progress"/>.</summary>
    public static string ToLine(CheckProgress progress) => JsonSerializer.Serialize(progress, Json);

    /// <summary>The progress a line says, or null for a line that is not one (anything can be in the file).</summary>
    public static CheckProgress? Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            var read = JsonSerializer.Deserialize<CheckProgress>(line, Json);
            return read is { Test.Length: > 0 } && Enum.IsDefined(read.Step) && read.Round is null or > 0 && read.Of is null or > 0 ? read : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
