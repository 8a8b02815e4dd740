using System.Text;
using System.Text.RegularExpressions;
using KitchenKatas.Grader.Katas;

namespace KitchenKatas.Grader.SelfCheck;

/// <summary>One way a kata's rule map and its README disagree, with how to put it right.</summary>
/// <param name="Detail">What is wrong, naming the task, rule or check.</param>
/// <param name="Fix">What to change, and in which file.</param>
public sealed record RuleMapProblem(string Detail, string Fix);

/// <summary>
/// The rule map of a kata: every numbered item of the README's "Your task" list (<c>task N</c>) and every bullet of
/// its "Rules" (<c>rule N</c>) traced, in kata.json's <c>"rules"</c>, to the checks that fail when a learner breaks it,
/// or to what else in the grader enforces it. The README shows the same map as a table right after the task list.
/// </summary>
/// <remarks>
/// Why: checks measured only against mutants of the reference show what the reference's own lines are tested for,
/// not that every promise the README makes is held. Tracing each promise to a check makes a rule nobody checks, and
/// a check nobody can explain, visible in <c>kitchen dev check</c>.
/// </remarks>
public static partial class RuleMap
{
    /// <summary>The heading of the README section that shows the map.</summary>
    public const string TableHeading = "## Which check guards which task";

    private const string TaskHeading = "## Your task";
    private const string RulesHeading = "## Rules";
    private const string TableHeader = "| Task | Checked by |";

    /// <summary>The fact <c>kitchen dev check</c> reports for one kata: its rule map and README agree.</summary>
    public static SelfCheckFact Fact(KataInfo kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        var path = Path.Combine(kata.Folder, "README.md");
        var readme = File.Exists(path) ? File.ReadAllText(path) : "";
        var problems = Problems(kata.Manifest, readme, $"katas/{kata.FolderName}");
        var ids = ReadmeRuleIds(readme);
        return SelfCheckFact.Of(kata.FolderName, "Every task and rule of the README is traced to what checks it", problems.Count == 0,
            problems.Count == 0
                ? $"{ids.Count(i => i.StartsWith("task", StringComparison.Ordinal))} tasks and {ids.Count(i => i.StartsWith("rule", StringComparison.Ordinal))} rules, each guarded; the README's table matches kata.json"
                : string.Join("; ", problems.Select(p => p.Detail)),
            string.Join("\n", problems.Select(p => p.Fix).Distinct(StringComparer.Ordinal)));
    }

    /// <summary>
    /// Every disagreement between <paramref name="manifest"/>'s rules and <paramref name="readme"/>; empty when they
    /// agree. <paramref name="kataPath"/> (e.g. <c>katas/01-racy-cart</c>) names the files in each fix.
    /// </summary>
    public static IReadOnlyList<RuleMapProblem> Problems(KataManifest manifest, string readme, string kataPath)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(readme);
        var json = $"{kataPath}/kata.json";
        var readmePath = $"{kataPath}/README.md";
        var problems = new List<RuleMapProblem>();
        var inReadme = ReadmeRuleIds(readme);
        var entries = manifest.Rules;
        var checkNames = manifest.Checks.Select(c => MethodName(c.Test)).ToArray();

        foreach (var twice in entries.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new($"{twice.Key} has {twice.Count()} entries in \"rules\"", $"Keep one entry for {twice.Key} in {json}, with all its checks."));
        }

        foreach (var id in inReadme.Where(id => entries.All(r => r.Id != id)))
        {
            problems.Add(new($"the README's {id} has no entry in \"rules\"",
                $"Add {{ \"id\": \"{id}\", \"checks\": [\"<check method name>\"] }} to \"rules\" in {json} (or \"enforcedBy\": \"<what enforces it>\" when no check can see it)."));
        }

        foreach (var entry in entries.Where(r => !inReadme.Contains(r.Id)).DistinctBy(r => r.Id))
        {
            problems.Add(IdPattern().IsMatch(entry.Id)
                ? new($"\"rules\" has an entry for {entry.Id}, but the README has no {entry.Id}",
                    $"Remove the {entry.Id} entry from {json}, or give {readmePath} its {entry.Id} back (task N: the Nth numbered item under \"{TaskHeading}\"; rule N: the Nth bullet under \"{RulesHeading}\").")
                : new($"\"{entry.Id}\" is not an id of the form \"task N\" or \"rule N\"",
                    $"Name each entry of \"rules\" in {json} \"task N\" (the Nth numbered item under \"{TaskHeading}\") or \"rule N\" (the Nth bullet under \"{RulesHeading}\")."));
        }

        foreach (var entry in entries)
        {
            if (entry.Checks.Count == 0 && string.IsNullOrWhiteSpace(entry.EnforcedBy))
            {
                problems.Add(new($"{entry.Id} names no check and no \"enforcedBy\"",
                    $"In {json}, list under {entry.Id}'s \"checks\" the checks that fail when a learner breaks it, or say in \"enforcedBy\" what in the grader enforces it."));
            }

            foreach (var unknown in entry.Checks.Where(c => !checkNames.Contains(c, StringComparer.Ordinal)))
            {
                problems.Add(new($"{entry.Id} names check {unknown}, which is not among the kata's checks",
                    $"In {json}, name checks by the method name that ends their \"test\": {string.Join(", ", checkNames)}."));
            }
        }

        foreach (var idle in checkNames.Where(c => !entries.Any(r => r.Checks.Contains(c, StringComparer.Ordinal))))
        {
            problems.Add(new($"check {idle} guards no task or rule",
                $"In {json}, add {idle} to the \"checks\" of the task or rule it guards; if the README states no such task, add it to the README's list in the kata's own words."));
        }

        problems.AddRange(TableProblems(manifest, readme, readmePath));
        return problems;
    }

    /// <summary>
    /// The ids the README states, in order: <c>task 1</c>.. for the numbered items under "Your task", then
    /// <c>rule 1</c>.. for the bullets under "Rules". Only items that start a line count (not nested ones).
    /// </summary>
    public static IReadOnlyList<string> ReadmeRuleIds(string readme)
    {
        ArgumentNullException.ThrowIfNull(readme);
        var lines = Lines(readme);
        var tasks = Section(lines, TaskHeading).Count(l => NumberedItem().IsMatch(l));
        var rules = Section(lines, RulesHeading).Count(l => Bullet().IsMatch(l));
        return [.. Enumerable.Range(1, tasks).Select(n => $"task {n}"), .. Enumerable.Range(1, rules).Select(n => $"rule {n}")];
    }

    /// <summary>The README table that shows <paramref name="manifest"/>'s rule map: a header and one row per entry, in kata.json order.</summary>
    public static string Table(KataManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var table = new StringBuilder();
        table.Append(TableHeader).Append('\n').Append("| --- | --- |").Append('\n');
        foreach (var (id, guard) in Rows(manifest))
        {
            table.Append("| ").Append(Escape(id)).Append(" | ").Append(Escape(guard)).Append(" |\n");
        }

        return table.ToString();
    }

    /// <summary>The method name of a check, the last part of its <c>test</c> (namespace.class.method).</summary>
    public static string MethodName(string test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return test[(test.LastIndexOf('.') + 1)..];
    }

    private static IEnumerable<RuleMapProblem> TableProblems(KataManifest manifest, string readme, string readmePath)
    {
        var expected = Table(manifest);
        var fix = $"Under \"{TableHeading}\", right after the task list in {readmePath}, put exactly this table:\n{expected}";
        var lines = Lines(readme);
        var headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l.TrimEnd()).ToList();
        if (!headings.Contains(TableHeading))
        {
            yield return new($"the README has no \"{TableHeading}\" section", fix);
            yield break;
        }

        var afterTasks = headings.IndexOf(TaskHeading) is var t and >= 0 && t + 1 < headings.Count ? headings[t + 1] : null;
        if (afterTasks != TableHeading)
        {
            yield return new($"\"{TableHeading}\" does not come right after the task list (there: {afterTasks ?? "nothing"})",
                $"Move \"{TableHeading}\" in {readmePath} to right after \"{TaskHeading}\".");
        }

        var found = Section(lines, TableHeading).Where(l => l.StartsWith('|')).Select(Cells).ToList();
        var wanted = new List<string[]> { Cells(TableHeader) };
        wanted.AddRange(Rows(manifest).Select(r => new[] { r.Id, r.Guard }));
        if (found.Count < 2 || !found[1].All(c => SeparatorCell().IsMatch(c)))
        {
            yield return new($"the README's \"{TableHeading}\" section holds no table", fix);
            yield break;
        }

        found.RemoveAt(1);
        for (var row = 0; row < Math.Max(found.Count, wanted.Count); row++)
        {
            var seen = row < found.Count ? string.Join(" | ", found[row]) : "(no row)";
            var want = row < wanted.Count ? string.Join(" | ", wanted[row]) : "(no row)";
            if (seen != want)
            {
                yield return new($"the README's table differs from kata.json at row {row}: the README says \"{seen}\", kata.json gives \"{want}\"", fix);
                yield break;
            }
        }
    }

    private static IEnumerable<(string Id, string Guard)> Rows(KataManifest manifest)
    {
        var titles = manifest.Checks.GroupBy(c => MethodName(c.Test), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        foreach (var rule in manifest.Rules)
        {
            var guards = rule.Checks.Select(c => titles.GetValueOrDefault(c, c)).ToList();
            if (!string.IsNullOrWhiteSpace(rule.EnforcedBy))
            {
                guards.Add(rule.EnforcedBy);
            }

            yield return (rule.Id, string.Join("; ", guards));
        }
    }

    private static string[] Cells(string row) =>
        CellSplit().Split(row.Trim().Trim('|')).Select(c => WhiteSpace().Replace(c.Trim().Replace("\\|", "|", StringComparison.Ordinal), " ")).ToArray();

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    // The lines under "## Heading", up to the next "## " heading.
    private static IEnumerable<string> Section(string[] lines, string heading) =>
        lines.SkipWhile(l => l.TrimEnd() != heading).Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));

    [GeneratedRegex(@"^\d+\.\s")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^[-*]\s")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(task|rule) [1-9]\d*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^:?-{3,}:?$")]
    private static partial Regex SeparatorCell();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSplit();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
