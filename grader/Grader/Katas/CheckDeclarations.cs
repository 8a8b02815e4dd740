using KitchenKatas.Grader.Platforms;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Katas;

/// <summary>
/// A kata's checks, read from where they are declared: the <c>[Check(number, title, Points = ...)]</c> attribute on
/// each check method in the kata's <c>Checks/</c> folder. Read from the source rather than a build, so the grader knows
/// a kata's checks (and their points) before, and without, building them; the values must be written out in place
/// (numbers, strings, <c>StarterVerdict.X</c>, <c>[MachineNeed.X]</c>), which is all a check's declaration needs.
/// </summary>
public static class CheckDeclarations
{
    // What each Checks/ folder declared, with the stamp (path, size, time of every file) it was read at.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Stamp, IReadOnlyList<KataCheckInfo> Checks)> Known = new(StringComparer.Ordinal);

    /// <summary>
    /// The checks declared under <paramref name="kataDir"/>/Checks, in their numbered order; empty when it declares
    /// none (a kata whose kata.json still lists them).
    /// </summary>
    /// <exception cref="InvalidDataException">A declaration cannot be read, or the numbers are not 1, 2, 3... without a gap; the message names file and line.</exception>
    public static IReadOnlyList<KataCheckInfo> Read(string kataDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(kataDir);
        var folder = Path.Combine(kataDir, "Checks");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        // Read once per set of files: a test host loads its manifest for every race check, and parsing every file of
        // Checks/ each time cost a Roslyn parse per check. A file that changes (its size or time) is read again.
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var stamp = string.Join('|', files.Select(f => new FileInfo(f)).Select(f => $"{f.FullName}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
        var key = Path.GetFullPath(folder);
        if (Known.TryGetValue(key, out var known) && known.Stamp == stamp)
        {
            return known.Checks;
        }

        var checks = Read(files);
        Known[key] = (stamp, checks);
        return checks;
    }

    private static IReadOnlyList<KataCheckInfo> Read(string[] files)
    {
        var declared = new List<(int Number, KataCheckInfo Check, string Where)>();
        foreach (var file in files)
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file).GetRoot();
            foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                if (method.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(IsCheck) is { } attribute)
                {
                    declared.Add(Declaration(method, attribute));
                }
            }
        }

        var ordered = declared.OrderBy(d => d.Number).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].Number != i + 1)
            {
                throw new InvalidDataException(
                    $"{ordered[i].Where}: this is check {ordered[i].Number}, but the kata's checks must be numbered 1 to {ordered.Length}, each once ({(ordered[i].Number > i + 1 ? $"check {i + 1} is missing" : $"check {ordered[i].Number} is declared twice")}).");
            }
        }

        return ordered.Select(d => d.Check).ToArray();
    }

    /// <summary>The full test name of <paramref name="method"/> (namespace, class, method), as NUnit names it; null outside a class.</summary>
    public static string? FullName(MethodDeclarationSyntax method)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (method.Parent is not ClassDeclarationSyntax type)
        {
            return null;
        }

        var ns = method.FirstAncestorOrSelf<BaseNamespaceDeclarationSyntax>()?.Name.ToString();
        return ns is null ? $"{type.Identifier.Text}.{method.Identifier.Text}" : $"{ns}.{type.Identifier.Text}.{method.Identifier.Text}";
    }

    private static bool IsCheck(AttributeSyntax attribute) =>
        (attribute.Name switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.Text,
            SimpleNameSyntax s => s.Identifier.Text,
            _ => "",
        }) is "Check" or "CheckAttribute";

    private static (int Number, KataCheckInfo Check, string Where) Declaration(MethodDeclarationSyntax method, AttributeSyntax attribute)
    {
        var line = attribute.GetLocation().GetLineSpan();
        var where = $"{line.Path}:{line.StartLinePosition.Line + 1}";
        var name = FullName(method) ?? throw new InvalidDataException($"{where}: a check must be a method of a class.");
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        var positional = arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToArray();
        if (positional.Length != 2)
        {
            throw new InvalidDataException($"{where}: write a check as [Check(number, \"title\", Points = n)].");
        }

        var number = Int(positional[0].Expression, where);
        var title = Text(positional[1].Expression, where);
        int? points = null;
        var starter = StarterVerdict.Fails;
        IReadOnlyList<MachineNeed> needs = [];
        foreach (var named in arguments.Where(a => a.NameEquals is not null))
        {
            switch (named.NameEquals!.Name.Identifier.Text)
            {
                case "Points":
                    points = Int(named.Expression, where);
                    break;
                case "Starter":
                    starter = Member<StarterVerdict>(named.Expression, where);
                    break;
                case "Needs":
                    needs = Elements(named.Expression, where).Select(e => Member<MachineNeed>(e, where)).ToArray();
                    break;
                default:
                    // Description, Author and the like belong to NUnit: the title already is the description.
                    throw new InvalidDataException($"{where}: a check declares Points, Starter and Needs, not {named.NameEquals.Name.Identifier.Text}.");
            }
        }

        if (points is not { } worth || worth < 0)
        {
            throw new InvalidDataException($"{where}: check {number} needs Points = n (0 or more).");
        }

        return (number, new KataCheckInfo(name, title, worth) { Starter = starter, Needs = needs }, where);
    }

    private static int Int(ExpressionSyntax expression, string where) =>
        expression is LiteralExpressionSyntax { Token.Value: int value }
            ? value
            : throw new InvalidDataException($"{where}: write {expression} as a plain number.");

    // A string literal, or literals joined with + (a long title split over two lines).
    private static string Text(ExpressionSyntax expression, string where) => expression switch
    {
        LiteralExpressionSyntax { Token.Value: string text } => text,
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } join => Text(join.Left, where) + Text(join.Right, where),
        _ => throw new InvalidDataException($"{where}: write the title {expression} as a plain string."),
    };

    private static T Member<T>(ExpressionSyntax expression, string where)
        where T : struct, Enum =>
        expression is MemberAccessExpressionSyntax access && Enum.TryParse<T>(access.Name.Identifier.Text, out var value)
            ? value
            : throw new InvalidDataException($"{where}: {expression} is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => $"{typeof(T).Name}.{n}"))}.");

    private static IEnumerable<ExpressionSyntax> Elements(ExpressionSyntax expression, string where) => expression switch
    {
        CollectionExpressionSyntax collection => collection.Elements.Select(e => e is ExpressionElementSyntax item ? item.Expression : throw new InvalidDataException($"{where}: list each need by name.")),
        ArrayCreationExpressionSyntax { Initializer: { } init } => init.Expressions,
        ImplicitArrayCreationExpressionSyntax array => array.Initializer.Expressions,
        _ => throw new InvalidDataException($"{where}: write the needs as [MachineNeed.X, ...]."),
    };
}
