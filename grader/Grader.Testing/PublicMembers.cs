using System.Globalization;
using System.Reflection;
using NUnit.Framework;

namespace KitchenKatas.Grader.Testing;

/// <summary>
/// The public members of a learner's type, one C#-like line each (<c>public void Add(string item, int quantity = 1)</c>),
/// so a check can hold them to the ones the kata gave: a rule like "keep the public members exactly as they are" that
/// the build alone does not enforce (an added member, or a parameter widened from <c>int</c> to <c>long</c>, still compiles).
/// </summary>
public static class PublicMembers
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(bool)] = "bool", [typeof(int)] = "int", [typeof(long)] = "long",
        [typeof(double)] = "double", [typeof(float)] = "float", [typeof(string)] = "string", [typeof(object)] = "object",
        [typeof(short)] = "short", [typeof(byte)] = "byte", [typeof(uint)] = "uint", [typeof(ulong)] = "ulong", [typeof(decimal)] = "decimal",
    };

    /// <summary>The public members <paramref name="type"/> declares itself, and the interfaces it implements, sorted.</summary>
    public static IReadOnlyList<string> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var lines = new List<string>();
        lines.AddRange(type.GetInterfaces().Select(i => $"implements {Name(i)}"));
        lines.AddRange(type.GetConstructors(Declared).Select(c => $"public {Static(c)}{type.Name}({Parameters(c)})"));
        lines.AddRange(type.GetMethods(Declared).Where(m => !m.IsSpecialName).Select(m => $"public {Static(m)}{Name(m.ReturnType)} {m.Name}({Parameters(m)})"));
        lines.AddRange(type.GetProperties(Declared).Select(Property));
        lines.AddRange(type.GetEvents(Declared).Select(e => $"public {Static(e.AddMethod!)}event {Name(e.EventHandlerType!)} {e.Name}"));
        lines.AddRange(type.GetFields(Declared).Select(f => $"public {(f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}"));
        lines.AddRange(type.GetNestedTypes(BindingFlags.Public).Select(n => $"public nested type {n.Name}"));
        return lines.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Fails, naming each member added or gone, unless <paramref name="type"/>'s public members are exactly
    /// <paramref name="expected"/>; <paramref name="file"/> is the learner file that holds the type.
    /// </summary>
    public static void AreExactly(Type type, IEnumerable<string> expected, string file, Func<string, string>? hint = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(expected);
        var wanted = expected.ToHashSet(StringComparer.Ordinal);
        var actual = Of(type);
        var added = actual.Where(m => !wanted.Contains(m)).ToArray();
        var gone = wanted.Where(m => !actual.Contains(m, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        if (added.Length == 0 && gone.Length == 0)
        {
            return;
        }

        var message = $"{file} changed the public members of {type.Name}, which the kata asks you to keep exactly as they are " +
            "(the other chefs and the checks count on them).\n" +
            string.Concat(added.Select(m => $"  new or changed: {m}\n")) +
            string.Concat(gone.Select(m => $"  missing:        {m}\n")) +
            $"Put them back as they were in {file}; anything you add yourself can be private.";
        Assert.Fail(hint is null ? message : hint(message));
    }

    private static string Property(PropertyInfo p)
    {
        var accessors = new[] { (p.GetMethod, "get;"), (p.SetMethod, "set;") }.Where(a => a.Item1 is { IsPublic: true }).Select(a => a.Item2);
        var accessor = p.GetMethod is { IsPublic: true } ? p.GetMethod : p.SetMethod!;
        return $"public {Static(accessor)}{Name(p.PropertyType)} {p.Name} {{ {string.Join(' ', accessors)} }}";
    }

    private static string Static(MethodBase method) => method.IsStatic ? "static " : "";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            $"{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + Convert.ToString(p.DefaultValue ?? "null", CultureInfo.InvariantCulture) : "")}"));

    private static string Name(Type type)
    {
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
