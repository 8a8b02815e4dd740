using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace KitchenKatas.Grader.Exploration;

/// <summary>Short, stable text for the values a report shows: <c>5</c>, <c>"tomato"</c>, <c>{tomato: 1}</c>, <c>Snapshot#2</c>.</summary>
internal sealed class ValueText
{
    private readonly ConditionalWeakTable<object, object> _ids = [];
    private int _next;

    /// <summary>A number for an object, given in order of first sight, so the same schedule always prints the same numbers.</summary>
    public int IdOf(object o) => (int)_ids.GetValue(o, _ => ++_next);

    /// <summary>The value as text; never throws, since a report must not fail the learner's code.</summary>
    public string Of(object? value)
    {
        try
        {
            return Describe(value);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return value?.GetType().Name ?? "null";
        }
    }

    private string Describe(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        char c => "'" + c + "'",
        Enum e => e.ToString(),
        IFormattable f when value.GetType().IsPrimitive || value is decimal => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary d => Contents(Entries(d), d.Count),
        IEnumerable e when IsKeyValueSequence(value) => Contents(KeyValues(e), -1),
        ICollection c => $"{Name(value.GetType())} of {c.Count}",
        _ => $"{Name(value.GetType())}#{IdOf(value)}",
    };

    public static string Name(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private string Plain(object? key) => key as string ?? Of(key);

    private static string Contents(IEnumerable<string> entries, int count)
    {
        var shown = entries.Take(4).ToList();
        var more = count > 4 ? ", …" : "";
        return "{" + string.Join(", ", shown) + more + "}";
    }

    private IEnumerable<string> Entries(IDictionary dictionary)
    {
        var entries = dictionary.GetEnumerator();
        while (entries.MoveNext())
        {
            yield return $"{Plain(entries.Key)}: {Of(entries.Value)}";
        }
    }

    private static bool IsKeyValueSequence(object value) =>
        value.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));

    private IEnumerable<string> KeyValues(IEnumerable sequence)
    {
        foreach (var entry in sequence)
        {
            var type = entry!.GetType();
            yield return $"{Plain(type.GetProperty("Key")?.GetValue(entry))}: {Of(type.GetProperty("Value")?.GetValue(entry))}";
        }
    }
}
