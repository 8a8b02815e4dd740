using System.Globalization;
using System.Text.RegularExpressions;
using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using KitchenKatas.Grader.Building;
using KitchenKatas.Grader.Hints;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests;

/// <summary>
/// No false alarms: every correct learner file in the repository gets no KATA diagnostic. Correct code is found by
/// convention, so new variants are covered the day they are added: the reference solutions (<c>solutions/*/</c>),
/// every <c>tests/*/CorrectVariants/*/</c> folder, the hostile corpus's <c>tests/Hostile.Tests/Corpus/correct-*/</c>
/// and this project's own <c>Fixtures/CorrectCode/*/</c>. Each is compiled with its kata's <c>Provided/</c> files.
/// </summary>
[TestFixture]
public sealed partial class CorrectCodeTests
{
    [Test]
    public void Correct_code_is_found_in_every_place_the_convention_names()
    {
        var folders = CorrectFolders().ToList();

        Assert.That(folders, Has.Member("solutions/01-racy-cart")
            .And.Member("tests/Explorer.Tests/CorrectVariants/single-lock")
            .And.Member("tests/Hostile.Tests/Corpus/correct-supervisor")
            .And.Member("tests/Analyzers.Tests/Fixtures/CorrectCode/supervisor-error-tail"));
    }

    [TestCaseSource(nameof(CorrectFolders))]
    public async Task Reports_nothing_on_correct_learner_code(string folder)
    {
        var files = Directory.GetFiles(RepoFiles.PathOf(folder), "*.cs", SearchOption.AllDirectories);
        var kata = KataOf(files);
        var provided = kata is null ? [] : ProvidedFiles(kata);

        // Code that does not bind, or a rule that crashes on it, would be a silent pass: neither may happen.
        var compilation = InMemoryBuild.CreateCompilation(files.Concat(provided).Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f)));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
        Assert.That(errors, Is.Empty, $"{folder} does not compile with {kata ?? "no kata"}'s Provided/ files.");
        var crashes = (await compilation.WithAnalyzers(KataAnalyzers.Create()).GetAnalyzerDiagnosticsAsync())
            .Where(d => d.Id == "AD0001")
            .Select(d => d.GetMessage(CultureInfo.InvariantCulture));
        Assert.That(crashes, Is.Empty, "A rule crashed on this code.");

        var hints = await AnalyzerHints.ForFilesAsync(files, provided);

        Assert.That(hints, Is.Empty, string.Join(Environment.NewLine, hints));
    }

    // Folders whose files are correct learner code, as paths relative to the repository root with forward slashes.
    private static IEnumerable<string> CorrectFolders()
    {
        var root = RepoFiles.Root;
        var solutions = Directory.GetDirectories(Path.Combine(root, "solutions"));
        var variants = Directory.GetDirectories(Path.Combine(root, "tests"))
            .SelectMany(project => Subfolders(Path.Combine(project, "CorrectVariants")));
        var hostile = Subfolders(Path.Combine(root, "tests", "Hostile.Tests", "Corpus")).Where(f => Path.GetFileName(f).StartsWith("correct-", StringComparison.Ordinal));
        var fixtures = Subfolders(Path.Combine(root, "tests", "Analyzers.Tests", "Fixtures", "CorrectCode"));

        // A kata whose solution is still being written has no files yet: there is nothing to check there.
        return solutions.Concat(variants).Concat(hostile).Concat(fixtures)
            .Where(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Any())
            .Select(folder => Path.GetRelativePath(root, folder).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Subfolders(string folder) =>
        Directory.Exists(folder) ? Directory.GetDirectories(folder) : [];

    // The kata whose reference solution declares the same namespace (Kitchen.RacyCart, Kitchen.CrashIsolation…).
    private static string? KataOf(IEnumerable<string> files)
    {
        var namespaces = files.SelectMany(NamespacesIn).ToHashSet(StringComparer.Ordinal);
        return Directory.GetDirectories(RepoFiles.PathOf("solutions"))
            .FirstOrDefault(solution => Directory.GetFiles(solution, "*.cs", SearchOption.AllDirectories).SelectMany(NamespacesIn).Any(namespaces.Contains)) is { } found
            ? Path.GetFileName(found)
            : null;
    }

    private static IEnumerable<string> NamespacesIn(string file) =>
        NamespaceDeclaration().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value);

    private static string[] ProvidedFiles(string kata)
    {
        var provided = RepoFiles.PathOf(Path.Combine("katas", kata, "Provided"));
        return Directory.Exists(provided) ? Directory.GetFiles(provided, "*.cs", SearchOption.AllDirectories) : [];
    }

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
