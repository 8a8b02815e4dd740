using KitchenKatas.Grader.Katas;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Mutation;

/// <summary>
/// Which race scenarios each check of a kata runs, read from the checks' source: a test method that mentions
/// <c>CartScenarios.SameItemAdds</c> runs that scenario. Lets the scenarios run in memory stand for their checks.
/// </summary>
public static class ScenarioCheckMap
{
    /// <summary>
    /// Scenario names per check (full test name), in the order each check mentions them, for the checks of
    /// <paramref name="kataDir"/> that run race scenarios: <c>StressScenario</c> members of the classes in its
    /// <c>Checks/*Scenarios.cs</c>, the files <see cref="ScenarioCatalog.ScenarioFiles"/> names and the catalog builds in memory.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string kataDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(kataDir);
        var checks = Path.Combine(kataDir, "Checks");
        if (!Directory.Exists(checks))
        {
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        var files = Directory.GetFiles(checks, "*.cs", SearchOption.AllDirectories).Select(Path.GetFullPath).ToArray();

        // Exactly the files the catalog builds in memory: taking kata 3's harness evenings for race scenarios once sent
        // its mutants to an in-memory build without Provided/.
        var scenarioFiles = ScenarioCatalog.ScenarioFiles(kataDir);
        var scenarioTypes = scenarioFiles
            .SelectMany(f => Parse(f).DescendantNodes().OfType<ClassDeclarationSyntax>())
            .Select(c => c.Identifier.Text)
            .ToHashSet(StringComparer.Ordinal);
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var method in files.Except(scenarioFiles).SelectMany(f => Parse(f).DescendantNodes().OfType<MethodDeclarationSyntax>()))
        {
            var scenarios = method.DescendantNodes().OfType<MemberAccessExpressionSyntax>()
                .Where(a => a.Expression is IdentifierNameSyntax type && scenarioTypes.Contains(type.Identifier.Text))
                .Select(a => a.Name.Identifier.Text)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (scenarios.Length > 0 && CheckDeclarations.FullName(method) is { } name)
            {
                map[name] = scenarios;
            }
        }

        return map;
    }

    private static SyntaxNode Parse(string file) => CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file).GetRoot();
}
