using System.Reflection;
using KitchenKatas.Grader.Building;

namespace KitchenKatas.Grader.Stress;

/// <summary>
/// Builds the learner's files again together with the file that declares a scenario, with a rewrite applied to
/// the learner's files, and hands back that scenario from the new build. Each build lives in a collectible load
/// context and is unloaded when the returned scenario is disposed, or with the <see cref="BuildCache"/> that holds it.
/// </summary>
public static class InstrumentedScenarios
{
    /// <summary>Finds <paramref name="scenario"/> in a build of <paramref name="learnerFiles"/> rewritten by <paramref name="rewriteName"/>.</summary>
    /// <param name="scenario">A scenario declared in a file that uses only the learner's types and the grader.</param>
    /// <param name="learnerFiles">The learner's source files the checks were built from.</param>
    /// <param name="rewriteName">A name for the rewrite, part of the cache key.</param>
    /// <param name="rewrite">The rewrite applied to each learner file.</param>
    /// <param name="cache">Holds the build for the rest of a run; null builds afresh and unloads on dispose.</param>
    /// <exception cref="BuildFailedException">The rewritten sources do not compile.</exception>
    public static RebuiltScenario Rebuild(
        IStressScenario scenario,
        IReadOnlyList<string> learnerFiles,
        string rewriteName,
        Func<Microsoft.CodeAnalysis.SyntaxTree, Microsoft.CodeAnalysis.SyntaxTree> rewrite,
        BuildCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(rewrite);
        return Rebuild(scenario, learnerFiles, rewriteName, (_, tree) => rewrite(tree), cache);
    }

    /// <summary>
    /// Finds <paramref name="scenario"/> in a build of <paramref name="learnerFiles"/> rewritten by <paramref name="rewriteName"/>,
    /// a rewrite that may ask the compilation of the unmodified sources for semantic information.
    /// </summary>
    /// <param name="scenario">A scenario declared in a file that uses only the learner's types and the grader.</param>
    /// <param name="learnerFiles">The learner's source files the checks were built from.</param>
    /// <param name="rewriteName">A name for the rewrite, part of the cache key.</param>
    /// <param name="rewrite">The rewrite applied to each learner file, given the unmodified compilation.</param>
    /// <param name="cache">Holds the build for the rest of a run; null builds afresh and unloads on dispose.</param>
    /// <exception cref="BuildFailedException">The rewritten sources do not compile.</exception>
    public static RebuiltScenario Rebuild(
        IStressScenario scenario,
        IReadOnlyList<string> learnerFiles,
        string rewriteName,
        Func<Microsoft.CodeAnalysis.CSharp.CSharpCompilation, Microsoft.CodeAnalysis.SyntaxTree, Microsoft.CodeAnalysis.SyntaxTree> rewrite,
        BuildCache? cache = null)
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
        var debug = LearnerBuild.IsDebug(scenario);
        var key = rewriteName + (debug ? "|debug|" : "|") + string.Join("|", files.Select(f => f + "@" + File.GetLastWriteTimeUtc(f).Ticks));
        var build = cache?.GetOrCompile(key, Compile) ?? Compile();
        try
        {
            var found = Find(build.Assembly, scenario.DeclaringMember)
                ?? throw new InvalidOperationException($"Scenario member '{scenario.DeclaringMember}' was not found in the rebuilt code.");
            return new RebuiltScenario(found, build, owned: cache is null);
        }
        catch when (cache is null)
        {
            build.Dispose();
            throw;
        }

        InMemoryBuild Compile() => InMemoryBuild.Compile(files, rewrite, learner.Contains, debug);
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
