using System.Text.Json;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.SelfCheck;

/// <summary>What a rule breaker's <c>breaks.json</c> says: the one rule it breaks, why, and the checks that must fail.</summary>
/// <param name="Rule">The id of the broken task or rule in kata.json's <c>"rules"</c> (<c>task 3</c>, <c>rule 1</c>).</param>
/// <param name="Why">The student's one mistake, in a sentence.</param>
/// <param name="Fails">The checks (method names) it fails; it passes every other check of the kata.</param>
public sealed record RuleBreach(string Rule, string Why, IReadOnlyList<string> Fails);

/// <summary>One learner file set of a kata's corpus: a rule breaker (with its breach) or a correct variant (none).</summary>
/// <param name="Name">Its folder's name, e.g. <c>check-then-act-in-two-locks</c>.</param>
/// <param name="Folder">The folder that holds its learner files.</param>
/// <param name="Breach">What it breaks; null for a correct variant, which must pass every check.</param>
public sealed record CorpusEntry(string Name, string Folder, RuleBreach? Breach)
{
    /// <summary>The checks (method names) this entry must fail: its breach's, or none.</summary>
    public IReadOnlyList<string> MustFail => Breach?.Fails ?? [];
}

/// <summary>
/// The rule-breaker corpus of a kata, found by convention: <c>tests/*/RuleBreakers/NAME/</c> (the learner files and a
/// <c>breaks.json</c>) and <c>tests/*/CorrectVariants/NAME/</c>, each counted for the kata whose learner files it holds.
/// </summary>
/// <remarks>
/// Why: a student who gets exactly one thing wrong must fail exactly the checks of that one thing, and a student who
/// gets everything right in another style must pass them all. Mutants of the reference only show what the
/// reference's own lines are tested for.
/// </remarks>
public static class RuleCorpus
{
    /// <summary>The file beside a breaker's learner files that says what it breaks.</summary>
    public const string BreachFile = "breaks.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Every rule breaker of <paramref name="kata"/> under <paramref name="repoRoot"/>'s tests/, by name.</summary>
    /// <exception cref="InvalidDataException">A breaks.json does not read.</exception>
    public static IReadOnlyList<CorpusEntry> Breakers(string repoRoot, KataInfo kata) =>
        Folders(repoRoot, kata, "RuleBreakers")
            .Where(f => File.Exists(Path.Combine(f, BreachFile)))
            .Select(f => new CorpusEntry(Path.GetFileName(f), f, ReadBreach(Path.Combine(f, BreachFile))))
            .ToArray();

    /// <summary>Every correct variant of <paramref name="kata"/> under <paramref name="repoRoot"/>'s tests/, by name (the reference solution is not one).</summary>
    public static IReadOnlyList<CorpusEntry> CorrectVariants(string repoRoot, KataInfo kata) =>
        Folders(repoRoot, kata, "CorrectVariants").Select(f => new CorpusEntry(Path.GetFileName(f), f, null)).ToArray();

    /// <summary>Reads a breaks.json.</summary>
    /// <exception cref="InvalidDataException">It is not valid, or lacks its rule or its failing checks.</exception>
    public static RuleBreach ReadBreach(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            var breach = JsonSerializer.Deserialize<RuleBreach>(File.ReadAllText(path), Json);
            return breach is { Rule.Length: > 0, Why.Length: > 0, Fails.Count: > 0 }
                ? breach
                : throw new InvalidDataException($"{path} must give \"rule\", \"why\" and at least one check in \"fails\".");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid breaks.json: {e.Message}", e);
        }
    }

    // tests/*/KIND/* folders holding every learner file of the kata, by name; build output left out.
    private static IEnumerable<string> Folders(string repoRoot, KataInfo kata, string kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(repoRoot);
        ArgumentNullException.ThrowIfNull(kata);
        var tests = Path.Combine(repoRoot, "tests");
        return Directory.Exists(tests)
            ? Directory.GetDirectories(tests)
                .Select(project => Path.Combine(project, kind))
                .Where(Directory.Exists)
                .SelectMany(Directory.GetDirectories)
                .Where(d => kata.Manifest.LearnerFiles.All(f => File.Exists(Path.Combine(d, f))))
                .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            : [];
    }
}
