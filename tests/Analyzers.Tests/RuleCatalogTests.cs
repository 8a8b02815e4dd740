using System.Reflection;
using System.Text.RegularExpressions;
using KitchenKatas.Analyzers.Tests.Support;
using KitchenKatas.Grader.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;

namespace KitchenKatas.Analyzers.Tests;

/// <summary>Every rule is listed, documented, linked and a teaching warning.</summary>
[TestFixture]
public sealed partial class RuleCatalogTests
{
    private static readonly string Docs = RepoFiles.PathOf("grader/Grader.Analyzers/docs");

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        KataAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics);

    [Test]
    public void Every_analyzer_in_the_assembly_is_listed_in_KataAnalyzers()
    {
        var inAssembly = typeof(RuleIds).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => t.Name);

        Assert.That(KataAnalyzers.Create().Select(a => a.GetType().Name), Is.EquivalentTo(inAssembly));
    }

    [Test]
    public void Every_rule_id_has_exactly_one_analyzer_and_a_teaching_severity()
    {
        var descriptors = Descriptors().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(descriptors.Select(d => d.Id), Is.EqualTo(RuleIds.All), "One descriptor per rule, in rule order.");
            Assert.That(descriptors, Has.All.Matches<DiagnosticDescriptor>(d => d!.DefaultSeverity == DiagnosticSeverity.Warning && d.IsEnabledByDefault),
                "Every rule is an enabled warning: a learner's build never breaks.");
        });
    }

    [TestCaseSource(typeof(RuleIds), nameof(RuleIds.All))]
    public void Every_rule_has_a_docs_page_titled_like_its_descriptor(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var page = Path.Combine(Docs, id + ".md");

        Assert.That(page, Does.Exist);
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadLines(page).First(), Is.EqualTo($"# {id}: {descriptor.Title}"));
            Assert.That(descriptor.HelpLinkUri, Does.EndWith($"/docs/{id}.md"));
            Assert.That(File.ReadAllText(Path.Combine(Docs, "README.md")), Does.Contain($"[{id}]({id}.md)"), "The rule table lists the rule.");
        });
    }

    [Test]
    public void Every_relative_link_in_the_docs_points_to_a_file_that_exists()
    {
        var broken = Directory.GetFiles(Docs, "*.md")
            .SelectMany(page => RelativeLink().Matches(File.ReadAllText(page)).Select(m => (page, target: m.Groups[1].Value)))
            .Where(link => !File.Exists(Path.GetFullPath(Path.Combine(Docs, link.target))))
            .Select(link => $"{Path.GetFileName(link.page)} -> {link.target}");

        Assert.That(broken, Is.Empty);
    }

    [GeneratedRegex(@"\]\((?!https?:)([^)#]+\.md)(?:#[^)]*)?\)")]
    private static partial Regex RelativeLink();
}
