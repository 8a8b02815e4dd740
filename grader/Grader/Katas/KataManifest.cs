using System.Text.Json;
using System.Text.Json.Serialization;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// A kata's manifest: what a teacher sets in its <c>kata.json</c> (id, title, learner files, stress budget, the README's
/// rules) and the checks, each declared once on its own method with <c>[Check]</c> (see <see cref="CheckDeclarations"/>).
/// </summary>
public sealed record KataManifest
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Stable id, e.g. <c>racy-cart</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Title shown to learners.</summary>
    public required string Title { get; init; }

    /// <summary>The files a learner may edit, relative to the kata folder.</summary>
    public required IReadOnlyList<string> LearnerFiles { get; init; }

    /// <summary>
    /// The checks, each an NUnit test, with its points, in their numbered order: read from the <c>[Check]</c>
    /// declarations in the kata's Checks/ folder; only a kata without any may still list them in kata.json.
    /// </summary>
    public IReadOnlyList<KataCheckInfo> Checks { get; init; } = [];

    /// <summary>
    /// Every task and rule of the README traced to what guards it, in README order (<c>"rules"</c> in kata.json);
    /// <c>kitchen dev check</c> holds it to the README (see <c>SelfCheck/RuleMap.cs</c>).
    /// </summary>
    public IReadOnlyList<KataRuleInfo> Rules { get; init; } = [];

    /// <summary>Stress settings shared by the kata's race checks.</summary>
    public StressSettings Stress { get; init; } = new();

    /// <summary>How far the race explorer searches in the kata's race checks.</summary>
    public ExplorerSettings Explorer { get; init; } = new();

    /// <summary>Sum of the points of all checks.</summary>
    [JsonIgnore]
    public int MaxScore => Checks.Sum(c => c.Points);

    /// <summary>Reads a manifest and the checks declared beside it; throws <see cref="InvalidDataException"/> with the file name when it is malformed.</summary>
    public static KataManifest Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        KataManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<KataManifest>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid kata manifest: {e.Message}", e);
        }

        var declared = CheckDeclarations.Read(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (declared.Count == 0)
        {
            return manifest;
        }

        return manifest.Checks.Count == 0
            ? manifest with { Checks = declared }
            : throw new InvalidDataException($"{path} lists checks, and the kata's Checks/ declares them with [Check] too: declare each check once, on its method.");
    }
}

/// <summary>One check of a kata: an NUnit test and what it is worth.</summary>
/// <param name="Test">The NUnit test's full name (namespace, class, method).</param>
/// <param name="Title">What the check proves, in the story's words.</param>
/// <param name="Points">What passing it is worth.</param>
public sealed record KataCheckInfo(string Test, string Title, int Points)
{
    /// <summary>
    /// How the check ends on the kata's starter (<c>Starter</c> of its <c>[Check]</c>; <c>Fails</c> when left out).
    /// <c>kitchen dev check</c> holds every kata to it.
    /// </summary>
    public StarterVerdict Starter { get; init; } = StarterVerdict.Fails;

    /// <summary>
    /// What the check needs of the machine (<c>Needs</c> of its <c>[Check]</c>, e.g. <c>[MachineNeed.ThreadCpuClock]</c>): where one is
    /// missing the check says "not judged on this machine" (<c>KataAssert.Needs</c>), and <c>kitchen doctor</c> lists it.
    /// </summary>
    public IReadOnlyList<Platforms.MachineNeed> Needs { get; init; } = [];
}

/// <summary>One task or rule of a kata's README and what guards it.</summary>
/// <param name="Id"><c>task N</c> for the Nth item of the README's "Your task" list, <c>rule N</c> for the Nth bullet of its "Rules".</param>
public sealed record KataRuleInfo(string Id)
{
    /// <summary>The checks that fail when a learner breaks this rule: method names, the last part of a check's <c>test</c>.</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];

    /// <summary>What else in the grader enforces the rule, in plain words (a rule no check can see); null when checks do.</summary>
    public string? EnforcedBy { get; init; }
}

/// <summary>How a check ends on the kata's starter, as its <c>[Check]</c> declares and enforced by <c>kitchen dev check</c>.</summary>
public enum StarterVerdict
{
    /// <summary>The starter fails the check, every run: the check is what the learner must fix (the default).</summary>
    Fails,

    /// <summary>The starter passes the check: it proves something the starter already does right (one chef alone, say).</summary>
    Passes,

    /// <summary>
    /// The starter fails the check on a quiet machine but may pass it on a very busy one: a measurement check that
    /// judges loosely under load rather than fail a correct solution. Its detection rate is reported, not required.
    /// </summary>
    MayPass,
}

/// <summary>Stress budget and seed of a kata, before environment overrides.</summary>
public sealed record StressSettings
{
    /// <summary>Time budget of one race check, in milliseconds.</summary>
    public int BudgetMs { get; init; } = 1000;

    /// <summary>Trials each phase of a race check runs at least, even past its budget (up to three times the budget), so a busy machine still gets a fair look.</summary>
    public int MinTrials { get; init; }

    /// <summary>Seed of the chefs' start skew.</summary>
    public int Seed { get; init; } = 20261125;

    /// <summary>
    /// Share of the budget and of the trials a race check keeps once the explorer has run every schedule within its
    /// bound and found nothing (1 keeps them all). Lower it only where the power table of <c>kitchen-bench stress-floor</c>
    /// shows every check that must fail is still caught as often.
    /// </summary>
    public double AfterCompleteExploration { get; init; } = 1;
}

/// <summary>How far the race explorer searches in a kata's race checks, before environment overrides.</summary>
public sealed record ExplorerSettings
{
    /// <summary>
    /// Most schedules per scenario (the explorer's own default when unset). Raise it where a correct solution's scenarios
    /// have a few more schedules than the default within the bound: a complete exploration lets the kata's
    /// <see cref="StressSettings.AfterCompleteExploration"/> cut stress.
    /// </summary>
    public int? MaxSchedules { get; init; }
}
