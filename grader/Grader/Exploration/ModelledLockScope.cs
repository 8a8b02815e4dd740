namespace KitchenKatas.Grader.Exploration;

/// <summary>What <c>Lock.EnterScope()</c> becomes in instrumented code: disposing it releases the modelled lock.</summary>
public readonly struct ModelledLockScope : IDisposable, IEquatable<ModelledLockScope>
{
    private readonly object _lock;
    private readonly int _site;

    internal ModelledLockScope(object lockObject, int site) => (_lock, _site) = (lockObject, site);

    /// <summary>Releases the lock.</summary>
    public void Dispose() => ExplorationHooks.LockExit(_site, _lock);

    /// <inheritdoc />
    public bool Equals(ModelledLockScope other) => ReferenceEquals(_lock, other._lock) && _site == other._site;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelledLockScope other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_lock, _site);

    /// <summary>Equality.</summary>
    public static bool operator ==(ModelledLockScope left, ModelledLockScope right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ModelledLockScope left, ModelledLockScope right) => !left.Equals(right);
}
