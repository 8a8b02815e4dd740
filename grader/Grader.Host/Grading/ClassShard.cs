using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KitchenKatas.Grader.Grading;

/// <summary>
/// One of <see cref="Count"/> parts of a class, graded on a machine of its own. A student belongs to the part their
/// folder name hashes to, so adding or removing students never moves anyone else to another part.
/// </summary>
/// <param name="Number">Which part, from 1.</param>
/// <param name="Count">How many parts the class is cut into.</param>
public sealed record ClassShard(int Number, int Count)
{
    /// <summary>The shard written <c>K/N</c> (1 ≤ K ≤ N), or null when <paramref name="text"/> is not one.</summary>
    public static ClassShard? Parse(string? text)
    {
        var parts = text?.Split('/') ?? [];
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k >= 1 && k <= n
            ? new ClassShard(k, n)
            : null;
    }

    /// <summary>True when the student whose folder is named <paramref name="student"/> is graded in this part.</summary>
    public bool Holds(string student)
    {
        ArgumentNullException.ThrowIfNull(student);
        // SHA-256, not string.GetHashCode: the same name must land in the same part on every machine and every run.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(student));
        return (int)(BitConverter.ToUInt64(hash, 0) % (ulong)Count) == Number - 1;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Number.ToString(CultureInfo.InvariantCulture)}/{Count.ToString(CultureInfo.InvariantCulture)}";
}
