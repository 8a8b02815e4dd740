using System.Text.RegularExpressions;
using KitchenKatas.Grader.Hints;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.SelfCheck;

/// <summary>
/// The facts about the katas that need no build: manifests read, ids unique, READMEs name the learner files and
/// have layered hints, every task and rule of a README is traced to its checks (<see cref="RuleMap"/>), <c>katas/NN-id</c> and <c>solutions/NN-id</c> mirror each other, and no stray files.
/// </summary>
public static partial class KataLayoutFacts
{
    private const string Repository = "repository";

    // What a kata folder may hold besides its learner files: anything else is a stray.
    private static readonly string[] KataFolderEntries = ["kata.json", "README.md", "Checks", "Provided", "bin", "obj", "TestResults"];

    // What a solution folder may hold besides the learner files: the race-mutant engine's list of equivalent mutants.
    private static readonly string[] SolutionExtras = ["equivalent-mutants.json"];

    /// <summary>Every layout fact of the katas under <paramref name="repoRoot"/>: the repository's, then each kata's.</summary>
    public static IReadOnlyList<SelfCheckFact> Check(string repoRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(repoRoot);
        var facts = new List<SelfCheckFact>();
        var katas = new List<KataInfo>();
        var katasDir = Path.Combine(repoRoot, "katas");
        foreach (var folder in Directory.Exists(katasDir) ? Directory.GetDirectories(katasDir).Order(StringComparer.Ordinal).ToArray() : [])
        {
            var name = Path.GetFileName(folder);
            var manifest = Path.Combine(folder, "kata.json");
            if (!File.Exists(manifest))
            {
                continue;
            }

            try
            {
                katas.Add(new KataInfo(folder, KataManifest.Load(manifest)));
            }
            catch (InvalidDataException e)
            {
                facts.Add(SelfCheckFact.Broken(name, "kata.json reads as a manifest", e.Message, $"Fix katas/{name}/kata.json (see KataManifest.cs for its fields)."));
            }
        }

        var duplicates = katas.GroupBy(k => k.Manifest.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        facts.Add(SelfCheckFact.Of(Repository, "Kata ids are unique", duplicates.Length == 0,
            duplicates.Length == 0 ? $"{katas.Count} katas" : $"used twice: {string.Join(", ", duplicates)}",
            "Give each kata.json its own \"id\"."));
        facts.Add(StraySolutions(repoRoot, katas));
        foreach (var kata in katas)
        {
            facts.AddRange(Of(repoRoot, kata));
        }

        return facts;
    }

    /// <summary>The layout facts of one kata.</summary>
    public static IEnumerable<SelfCheckFact> Of(string repoRoot, KataInfo kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        var name = kata.FolderName;
        yield return ReadmeNamesLearnerFiles(kata);
        yield return HintsAreLayered(kata);
        yield return ChecksAreWellFormed(kata);
        yield return ReadmeNamesEveryCheck(kata);
        yield return RuleMap.Fact(kata);
        yield return SolutionMirrorsKata(repoRoot, kata);
        var strays = StrayKataEntries(kata).ToArray();
        yield return SelfCheckFact.Of(name, "No stray files in the kata folder", strays.Length == 0,
            strays.Length == 0 ? "only learner files, kata.json, README.md, the project and its folders" : string.Join(", ", strays),
            $"Move or delete them: a kata folder holds its learner files (kata.json learnerFiles), kata.json, README.md, its .csproj, Checks/ and Provided/.");
    }

    /// <summary>The files the README tells the learner to edit: the bold code spans on its "Edit only" line.</summary>
    public static IReadOnlyList<string> ReadmeLearnerFiles(string readme)
    {
        ArgumentNullException.ThrowIfNull(readme);
        var line = readme.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .FirstOrDefault(l => l.TrimStart(' ', '-', '*').StartsWith("Edit only", StringComparison.Ordinal));
        return line is null ? [] : BoldCode().Matches(line).Select(m => m.Groups[1].Value).ToArray();
    }

    private static SelfCheckFact ReadmeNamesLearnerFiles(KataInfo kata)
    {
        var readme = Path.Combine(kata.Folder, "README.md");
        var listed = File.Exists(readme) ? ReadmeLearnerFiles(File.ReadAllText(readme)) : [];
        var declared = kata.Manifest.LearnerFiles;
        var holds = listed.Count > 0 && listed.Order(StringComparer.Ordinal).SequenceEqual(declared.Order(StringComparer.Ordinal), StringComparer.Ordinal);
        return SelfCheckFact.Of(kata.FolderName, "README's file list matches kata.json's learnerFiles", holds,
            $"README: {Names(listed)}; kata.json: {Names(declared)}",
            $"Make the \"Edit only **`File.cs`**\" line of katas/{kata.FolderName}/README.md name exactly the learnerFiles of its kata.json.");
    }

    private static SelfCheckFact HintsAreLayered(KataInfo kata)
    {
        var readme = Path.Combine(kata.Folder, "README.md");
        var headings = File.Exists(readme) ? HintHeading().Matches(File.ReadAllText(readme)).Count : 0;
        var hints = HintBook.Read(readme);
        return SelfCheckFact.Of(kata.FolderName, "Hints come in layers and none is empty", hints.Count >= 2 && hints.Count == headings,
            $"{hints.Count} hint(s) with text under {headings} \"### Hint N\" heading(s)",
            $"Under \"## Hints\" in katas/{kata.FolderName}/README.md, write at least two \"### Hint N\" sections, each with text.");
    }

    private static SelfCheckFact ChecksAreWellFormed(KataInfo kata)
    {
        var checks = kata.Manifest.Checks;
        var problems = new List<string>();
        problems.AddRange(checks.GroupBy(c => c.Test, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key} is declared twice"));
        problems.AddRange(checks.Where(c => string.IsNullOrWhiteSpace(c.Title)).Select(c => $"{c.Test} has no title"));
        problems.AddRange(checks.Where(c => c.Points <= 0).Select(c => $"{c.Test} is worth no points"));
        if (checks.Count == 0)
        {
            problems.Add("no checks");
        }

        return SelfCheckFact.Of(kata.FolderName, "Each check is declared once, with a title and points", problems.Count == 0,
            problems.Count == 0 ? $"{checks.Count} checks, {kata.Manifest.MaxScore} points" : string.Join("; ", problems),
            $"Fix the [Check] declarations in katas/{kata.FolderName}/Checks.");
    }

    // A learner reads the README, not the checks: every check they can fail must be there by its title.
    private static SelfCheckFact ReadmeNamesEveryCheck(KataInfo kata)
    {
        var readme = Path.Combine(kata.Folder, "README.md");
        var text = File.Exists(readme) ? File.ReadAllText(readme) : "";
        var missing = kata.Manifest.Checks.Select((c, i) => (c.Title, Number: i + 1)).Where(c => !text.Contains(c.Title, StringComparison.Ordinal)).ToArray();
        return SelfCheckFact.Of(kata.FolderName, "README names every check", missing.Length == 0,
            missing.Length == 0 ? $"all {kata.Manifest.Checks.Count} check titles" : "not named: " + string.Join("; ", missing.Select(m => $"check {m.Number}, \"{m.Title}\"")),
            $"Name each check by its title in katas/{kata.FolderName}/README.md (its \"Which check guards which task\" table is the usual place).");
    }

    private static SelfCheckFact SolutionMirrorsKata(string repoRoot, KataInfo kata)
    {
        var solution = Path.Combine(repoRoot, "solutions", kata.FolderName);
        var declared = kata.Manifest.LearnerFiles.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var inSolution = Directory.Exists(solution) ? FilesUnder(solution).Where(f => !SolutionExtras.Contains(f, StringComparer.Ordinal)).ToHashSet(StringComparer.Ordinal) : [];
        var inKata = kata.Manifest.LearnerFiles.Where(f => File.Exists(Path.Combine(kata.Folder, f))).Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        problems.AddRange(declared.Except(inKata).Order(StringComparer.Ordinal).Select(f => $"katas/{kata.FolderName}/{f} is missing"));
        problems.AddRange(declared.Except(inSolution).Order(StringComparer.Ordinal).Select(f => $"solutions/{kata.FolderName}/{f} is missing"));
        problems.AddRange(inSolution.Except(declared).Order(StringComparer.Ordinal).Select(f => $"solutions/{kata.FolderName}/{f} is not a learner file"));
        return SelfCheckFact.Of(kata.FolderName, "The solution folder mirrors the kata file for file", problems.Count == 0,
            problems.Count == 0 ? $"both hold {Names(declared.Order(StringComparer.Ordinal).ToArray())}" : string.Join("; ", problems),
            "Give the kata and its solution the same learner files, and nothing else in the solution folder (but equivalent-mutants.json).");
    }

    private static SelfCheckFact StraySolutions(string repoRoot, IReadOnlyList<KataInfo> katas)
    {
        var solutions = Path.Combine(repoRoot, "solutions");
        var known = katas.Select(k => k.FolderName).ToHashSet(StringComparer.Ordinal);
        var strays = Directory.Exists(solutions)
            ? Directory.GetFileSystemEntries(solutions).Select(Path.GetFileName).Where(n => !known.Contains(n!)).Order(StringComparer.Ordinal).ToArray()
            : [];
        return SelfCheckFact.Of(Repository, "Every solutions/ folder belongs to a kata", strays.Length == 0,
            strays.Length == 0 ? $"{known.Count} solution folder(s)" : $"no kata for: {string.Join(", ", strays)}",
            "Name each solutions/ folder after its kata folder, or delete it.");
    }

    private static IEnumerable<string> StrayKataEntries(KataInfo kata)
    {
        var learner = kata.Manifest.LearnerFiles.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Directory.GetFileSystemEntries(kata.Folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            var isProject = Directory.Exists(entry)
                ? Directory.GetFiles(entry, "*.csproj").Length > 0
                : name.EndsWith(".csproj", StringComparison.Ordinal);
            if (!isProject && !learner.Contains(name) && !KataFolderEntries.Contains(name, StringComparer.Ordinal))
            {
                yield return $"katas/{kata.FolderName}/{name}";
            }
        }
    }

    private static IEnumerable<string> FilesUnder(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Normalize(Path.GetRelativePath(folder, f)))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal));

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static string Names(IReadOnlyCollection<string> names) => names.Count == 0 ? "(none)" : string.Join(", ", names);

    [GeneratedRegex(@"\*\*`([^`]+)`\*\*")]
    private static partial Regex BoldCode();

    [GeneratedRegex(@"^### Hint \d+\s*$", RegexOptions.Multiline)]
    private static partial Regex HintHeading();
}
