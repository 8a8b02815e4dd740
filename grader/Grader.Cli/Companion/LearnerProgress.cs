using System.Text.Json;

namespace KitchenKatas.Grader.Cli.Companion;

/// <summary>What the companion remembers between runs, in <c>.kata/progress.json</c> at the repository root (git-ignored).</summary>
internal sealed class LearnerProgress
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public Dictionary<string, int> HintsShown { get; init; } = [];

    public Dictionary<string, LastCheck> LastChecks { get; init; } = [];

    public static string PathIn(string repoRoot) => Path.Combine(repoRoot, ".kata", "progress.json");

    public static LearnerProgress Load(string repoRoot)
    {
        try
        {
            var file = PathIn(repoRoot);
            return File.Exists(file) ? JsonSerializer.Deserialize<LearnerProgress>(File.ReadAllText(file), Json) ?? new() : new();
        }
        catch (JsonException)
        {
            return new(); // a damaged file only costs the learner their hint counter
        }
    }

    public void Save(string repoRoot)
    {
        var file = PathIn(repoRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, JsonSerializer.Serialize(this, Json));
    }
}

/// <summary>The result of the learner's last check of a kata.</summary>
internal sealed record LastCheck(int Score, int MaxScore, bool Passed, DateTimeOffset At);
