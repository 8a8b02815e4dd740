using System.Reflection;
using KitchenKatas.Grader.Building;

namespace KitchenKatas.Grader.Stress;

/// <summary>
/// A scenario found in a rebuilt (instrumented or noisy) copy of the learner's code. Disposing it unloads that build,
/// unless a <see cref="BuildCache"/> owns the build: then the cache unloads it when it is disposed.
/// </summary>
public sealed class RebuiltScenario : IDisposable
{
    private readonly InMemoryBuild? _owned;

    internal RebuiltScenario(IStressScenario scenario, InMemoryBuild build, bool owned)
    {
        Scenario = scenario;
        Assembly = build.Assembly;
        _owned = owned ? build : null;
    }

    /// <summary>The scenario, compiled together with the rewritten learner files.</summary>
    public IStressScenario Scenario { get; }

    /// <summary>The rebuilt assembly (in a collectible load context).</summary>
    public Assembly Assembly { get; }

    /// <summary>Unloads the build, unless a cache owns it.</summary>
    public void Dispose() => _owned?.Dispose();
}
