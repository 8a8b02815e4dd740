using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace KitchenKatas.Grader.Analyzers.CodeFixes;

/// <summary>
/// The class's lock object, the kitchen's one door: an existing private readonly field that some <c>lock</c>
/// already uses, or a new <c>private readonly Lock _gate = new();</c> (<c>object</c> before .NET 9).
/// </summary>
internal static class KitchenGate
{
    public const string NewName = "_gate";

    /// <summary>The name of the lock field to use, adding the field to <paramref name="type"/> when there is none.</summary>
    public static string FindOrAdd(DocumentEditor editor, TypeDeclarationSyntax type)
    {
        var model = editor.SemanticModel;
        var existing = type.DescendantNodes().OfType<LockStatementSyntax>()
            .Select(l => model.GetSymbolInfo(l.Expression).Symbol)
            .OfType<IFieldSymbol>()
            .FirstOrDefault(f => f.IsReadOnly && f.DeclaredAccessibility == Accessibility.Private && !f.Type.IsValueType
                && f.Type.SpecialType != SpecialType.System_String);
        if (existing is not null)
        {
            return existing.Name;
        }

        var gateType = model.Compilation.GetTypeByMetadataName("System.Threading.Lock") is null ? "object" : "Lock";
        var field = SyntaxFactory.ParseMemberDeclaration($"private readonly {gateType} {NewName} = new();\n")!
            .WithAdditionalAnnotations(Formatter.Annotation);
        editor.InsertMembers(type, 0, new[] { field });
        return NewName;
    }
}
