using System.Collections.Concurrent;
using System.Reflection;
using KitchenKatas.Grader.Stress;

namespace KitchenKatas.Grader.Building;

/// <summary>
/// Builds the learner's files again together with the file that declares a scenario, with a rewrite applied to
/// the learner's files, and hands back that scenario from the new build. Builds are cached per set of sources
/// for the life of the process, since the first Roslyn compile in a process costs about a second.
/// </summary>
public static class InstrumentedScenarios
{
    private static readonly ConcurrentDictionary<string, Lazy<InMemoryBuild>> Builds = new(StringComparer.Ordinal);

    /// <summary>Finds <paramref name="scenario"/> in a build of <paramref name="learnerFiles"/> rewritten by <paramref name="rewriteName"/>.</summary>
    /// <param name="scenario">A scenario declared in a file that uses only the learner's types and the grader.</param>
    /// <param name="learnerFiles">The learner's source files the checks were built from.</param>
    /// <param name="rewriteName">A name for the rewrite, part of the cache key.</param>
    /// <param name="rewrite">The rewrite applied to each learner file.</param>
    /// <exception cref="BuildFailedException">The rewritten sources do not compile.</exception>
    public static IStressScenario Rebuild(IStressScenario scenario, IReadOnlyList<string> learnerFiles, string rewriteName, Func<Microsoft.CodeAnalysis.SyntaxTree, Microsoft.CodeAnalysis.SyntaxTree> rewrite)
    {
        ArgumentNullException.ThrowIfNull(rewrite);
        return Rebuild(scenario, learnerFiles, rewriteName, (_, tree) => rewrite(tree));
    }

    /// <summary>
    /// Finds <paramref name="scenario"/> in a build of <paramref name="learnerFiles"/> rewritten by <paramref name="rewriteName"/>,
    /// a rewrite that may ask the compilation of the unmodified sources for semantic information.
    /// </summary>
    /// <param name="scenario">A scenario declared in a file that uses only the learner's types and the grader.</param>
    /// <param name="learnerFiles">The learner's source files the checks were built from.</param>
    /// <param name="rewriteName">A name for the rewrite, part of the cache key.</param>
    /// <param name="rewrite">The rewrite applied to each learner file, given the unmodified compilation.</param>
    /// <exception cref="BuildFailedException">The rewritten sources do not compile.</exception>
    public static IStressScenario Rebuild(
        IStressScenario scenario,
        IReadOnlyList<string> learnerFiles,
        string rewriteName,
        Func<Microsoft.CodeAnalysis.CSharp.CSharpCompilation, Microsoft.CodeAnalysis.SyntaxTree, Microsoft.CodeAnalysis.SyntaxTree> rewrite)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(learnerFiles);
        var declaring = scenario.DeclaringFile;
        if (!File.Exists(declaring))
        {
            throw new FileNotFoundException($"The file that declares scenario '{scenario.Title}' is not where it was built.", declaring);
        }

        var files = learnerFiles.Append(declaring).ToArray();
        var learner = new HashSet<string>(learnerFiles, StringComparer.Ordinal);
        var key = rewriteName + "|" + string.Join("|", files.Select(f => f + "@" + File.GetLastWriteTimeUtc(f).Ticks));
        var build = Builds.GetOrAdd(key, _ => new Lazy<InMemoryBuild>(() => InMemoryBuild.Compile(files, rewrite, learner.Contains))).Value;
        return Find(build.Assembly, scenario.DeclaringMember)
            ?? throw new InvalidOperationException($"Scenario member '{scenario.DeclaringMember}' was not found in the rebuilt code.");
    }

    private static IStressScenario? Find(Assembly assembly, string member)
    {
        const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        foreach (var type in assembly.GetTypes())
        {
            if (type.GetProperty(member, Static) is { } property && typeof(IStressScenario).IsAssignableFrom(property.PropertyType))
            {
                return (IStressScenario?)property.GetValue(null);
            }

            if (type.GetMethod(member, Static, Type.EmptyTypes) is { } method && typeof(IStressScenario).IsAssignableFrom(method.ReturnType))
            {
                return (IStressScenario?)method.Invoke(null, null);
            }
        }

        return null;
    }
}
