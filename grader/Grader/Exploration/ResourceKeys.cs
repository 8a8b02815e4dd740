using System.Runtime.CompilerServices;

namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// What names a modelled lock. Most locks are objects, known by reference. A <see cref="SpinLock"/> is a struct, so it is
/// named by where it lives: the object that holds the field (or the type, for a static field) and the field's name.
/// </summary>
internal static class ResourceKeys
{
    public static IEqualityComparer<object> Comparer { get; } = new KeyComparer();

    /// <summary>The SpinLock in field <paramref name="field"/> of <paramref name="owner"/>.</summary>
    public sealed class FieldKey(object owner, string field)
    {
        public object Owner { get; } = owner;

        public string Field { get; } = field;
    }

    private sealed class KeyComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) =>
            x is FieldKey a && y is FieldKey b ? ReferenceEquals(a.Owner, b.Owner) && a.Field == b.Field : ReferenceEquals(x, y);

        public int GetHashCode(object obj) =>
            obj is FieldKey key ? HashCode.Combine(RuntimeHelpers.GetHashCode(key.Owner), key.Field) : RuntimeHelpers.GetHashCode(obj);
    }
}
