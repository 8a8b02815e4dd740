using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KitchenKatas.Grader.Grading;
using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.SelfCheck;

namespace KitchenKatas.Grader.Cli.Commands.Dev;

/// <summary>What <see cref="KataScaffold.Create"/> made: the new kata and every file it wrote or changed.</summary>
/// <param name="Kata">The new kata, read back as the grader reads it.</param>
/// <param name="Written">New files, relative to the repository, in the order written.</param>
/// <param name="Changed">Existing files that now list the kata's projects (the solution, the tests' filter).</param>
internal sealed record ScaffoldedKata(KataInfo Kata, IReadOnlyList<string> Written, IReadOnlyList<string> Changed);

/// <summary>
/// A new kata in one step: its folder (a small racy tally, two checks, a README the self-check accepts), its reference
/// solution, its Stryker.NET project and its tests project, and the two lists a build needs to know of them
/// (<c>KitchenKatas.slnx</c>, <c>tests/KitchenKatas.Tests.slnf</c>). Everything else finds katas by their folders.
/// The templates are the files of <c>Commands/Dev/KataTemplate/</c>, each named for where it goes
/// (<c>~</c> for a folder separator, <c>FOLDER</c> and <c>NAME</c> for the kata's folder and name).
/// </summary>
internal static partial class KataScaffold
{
    private const string TemplatePrefix = "KataTemplate/";

    /// <summary>Whether <paramref name="folder"/> can name a new kata: <c>NN-words-in-small-letters</c>.</summary>
    public static bool IsKataFolderName(string folder) => FolderName().IsMatch(folder);

    /// <summary>
    /// Writes kata <paramref name="folder"/> (e.g. <c>04-soup-tally</c>) into the repository at <paramref name="repoRoot"/>.
    /// Nothing is written when the name is taken or malformed: every target is looked at first.
    /// </summary>
    /// <exception cref="ArgumentException">The folder name is not <c>NN-words</c>, or its number or id is taken.</exception>
    /// <exception cref="IOException">A file the kata would write exists already.</exception>
    public static ScaffoldedKata Create(string repoRoot, string folder, string? title = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(repoRoot);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var match = FolderName().Match(folder);
        if (!match.Success)
        {
            throw new ArgumentException($"\"{folder}\" is not a kata folder name: write two digits, a dash and words in small letters, like 04-soup-tally.", nameof(folder));
        }

        var number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        var id = match.Groups["id"].Value;
        var taken = KataLocator.FindAll(repoRoot).FirstOrDefault(k => k.Manifest.Id == id || k.FolderName[..2] == folder[..2]);
        if (taken is not null)
        {
            throw new ArgumentException($"katas/{taken.FolderName} already has the number {folder[..2]} or the id \"{id}\": pick another.", nameof(folder));
        }

        var name = string.Concat(id.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Folder"] = folder,
            ["Id"] = id,
            ["Name"] = name,
            ["Number"] = number.ToString(CultureInfo.InvariantCulture),
            ["Title"] = title ?? char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' '),
        };

        var templates = Templates().Select(t => (Path: t.Name.Replace("FOLDER", folder, StringComparison.Ordinal).Replace("NAME", name, StringComparison.Ordinal).Replace('~', '/'), t.Text)).ToArray();
        var existing = templates.Select(t => t.Path).Where(p => File.Exists(Path.Combine(repoRoot, p))).ToArray();
        if (existing.Length > 0)
        {
            throw new IOException($"Not writing over {string.Join(", ", existing)}: the kata's files exist already.");
        }

        // The README last: its check table is made from the kata as the grader reads it, checks and rules together.
        var written = new List<string>();
        foreach (var (path, text) in templates.OrderBy(t => t.Path.EndsWith("README.md", StringComparison.Ordinal)))
        {
            if (path.EndsWith("README.md", StringComparison.Ordinal))
            {
                values["Table"] = RuleMap.Table(KataManifest.Load(Path.Combine(repoRoot, "katas", folder, "kata.json")));
            }

            var target = Path.Combine(repoRoot, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, Fill(text, values));
            written.Add(path);
        }

        var kataProject = written.Single(p => p.StartsWith("katas/", StringComparison.Ordinal) && p.EndsWith(".csproj", StringComparison.Ordinal));
        var testsProject = written.Single(p => p.StartsWith("tests/", StringComparison.Ordinal) && p.EndsWith(".csproj", StringComparison.Ordinal));
        var changed = new List<string>();
        if (AddToSolution(repoRoot, ("/katas/", kataProject), ("/tests/", testsProject)))
        {
            changed.Add("KitchenKatas.slnx");
        }

        if (AddToTestsFilter(repoRoot, testsProject))
        {
            changed.Add("tests/KitchenKatas.Tests.slnf");
        }

        var kata = new KataInfo(Path.Combine(repoRoot, "katas", folder), KataManifest.Load(Path.Combine(repoRoot, "katas", folder, "kata.json")));
        return new ScaffoldedKata(kata, written, changed);
    }

    private static IEnumerable<(string Name, string Text)> Templates()
    {
        var assembly = typeof(KataScaffold).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(TemplatePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (resource[TemplatePrefix.Length..^".txt".Length], reader.ReadToEnd());
        }
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    // Each project goes into its solution folder; false when the solution is missing.
    private static bool AddToSolution(string repoRoot, params (string Folder, string Project)[] projects)
    {
        var path = Path.Combine(repoRoot, "KitchenKatas.slnx");
        if (!File.Exists(path))
        {
            return false;
        }

        var solution = XDocument.Load(path);
        foreach (var (folderName, project) in projects)
        {
            var folder = solution.Root!.Elements("Folder").FirstOrDefault(f => (string?)f.Attribute("Name") == folderName);
            if (folder is null)
            {
                folder = new XElement("Folder", new XAttribute("Name", folderName));
                solution.Root.Add(folder);
            }

            // Before the first project whose path sorts after it; the others keep their order.
            var listed = folder.Elements("Project").ToArray();
            if (listed.Any(p => (string?)p.Attribute("Path") == project))
            {
                continue;
            }

            var entry = new XElement("Project", new XAttribute("Path", project));
            if (listed.FirstOrDefault(p => string.CompareOrdinal((string?)p.Attribute("Path"), project) > 0) is { } after)
            {
                after.AddBeforeSelf(entry);
            }
            else
            {
                folder.Add(entry);
            }
        }

        var settings = new System.Xml.XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new System.Text.UTF8Encoding(false) };
        using (var writer = System.Xml.XmlWriter.Create(path, settings))
        {
            solution.Root!.Save(writer);
        }

        File.AppendAllText(path, "\n");
        return true;
    }

    private static bool AddToTestsFilter(string repoRoot, string testsProject)
    {
        var path = Path.Combine(repoRoot, "tests", "KitchenKatas.Tests.slnf");
        if (!File.Exists(path))
        {
            return false;
        }

        var filter = JsonNode.Parse(File.ReadAllText(path))!;
        var projects = filter["solution"]!["projects"]!.AsArray();
        if (projects.All(p => p!.GetValue<string>() != testsProject))
        {
            projects.Add(testsProject);
        }

        File.WriteAllText(path, filter.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
        return true;
    }

    [GeneratedRegex(@"^(?<number>\d\d)-(?<id>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$")]
    private static partial Regex FolderName();

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
