namespace KitchenKatas.Grader.Building;

/// <summary>
/// Rebuilt copies of learner code kept for one run (a bench pass over a variant, one catalog of scenarios), so the
/// scenarios of one folder share a build. Disposing the cache unloads every build it holds; nothing outlives it.
/// </summary>
public sealed class BuildCache : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, InMemoryBuild> _builds = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <summary>How many builds the cache holds.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _builds.Count;
            }
        }
    }

    internal InMemoryBuild GetOrCompile(string key, Func<InMemoryBuild> compile)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_builds.TryGetValue(key, out var build))
            {
                build = compile();
                _builds[key] = build;
            }

            return build;
        }
    }

    /// <summary>Unloads every build.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var build in _builds.Values)
            {
                build.Dispose();
            }

            _builds.Clear();
        }
    }
}
