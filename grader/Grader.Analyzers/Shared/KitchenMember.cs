using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Analyzers.Shared;

/// <summary>
/// A member of a class (method, property, indexer, event), as far as chefs are concerned: can other code call it
/// while the object is shared, and does it synchronize in a way other than a <c>lock</c> statement?
/// </summary>
internal sealed class KitchenMember
{
    private KitchenMember(MemberDeclarationSyntax declaration, string name, bool isShared, bool synchronizesOtherwise)
    {
        Declaration = declaration;
        Name = name;
        IsShared = isShared;
        SynchronizesOtherwise = synchronizesOtherwise;
    }

    public MemberDeclarationSyntax Declaration { get; }

    /// <summary>Tells members apart: <c>Add</c>, <c>Total</c>, <c>this[]</c> for the indexer.</summary>
    public string Name { get; }

    /// <summary>The member as a learner reads it in a message: <c>`Add`</c>, <c>`Total`</c>, "the indexer".</summary>
    public string Shown => Declaration is IndexerDeclarationSyntax ? "the indexer" : "`" + Name + "`";

    /// <summary><see cref="Shown"/> at the start of a sentence: "The indexer".</summary>
    public string ShownFirst => Declaration is IndexerDeclarationSyntax ? "The indexer" : Shown;

    /// <summary>
    /// Callable by several chefs at once: not private, not a constructor, initializer or <c>init</c> accessor
    /// (those run before the object is shared). Private members are skipped: their callers may hold a lock.
    /// </summary>
    public bool IsShared { get; }

    /// <summary>Takes a <c>Monitor</c>, <c>Lock</c>, semaphore or other lock by hand, or is <c>[MethodImpl(Synchronized)]</c>.</summary>
    public bool SynchronizesOtherwise { get; }

    public static KitchenMember For(MemberDeclarationSyntax declaration, SyntaxNode use, SemanticModel model)
    {
        var name = NameOf(declaration);
        var accessor = use.AncestorsAndSelf().OfType<AccessorDeclarationSyntax>().FirstOrDefault();
        var isShared = declaration switch
        {
            BaseMethodDeclarationSyntax and not (MethodDeclarationSyntax or OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax) => false,
            BaseFieldDeclarationSyntax => false,
            _ => !IsPrivate(model.GetDeclaredSymbol(declaration))
                 && !(accessor is not null && (accessor.Modifiers.Any(SyntaxKind.PrivateKeyword) || accessor.IsKind(SyntaxKind.InitAccessorDeclaration))),
        };
        return new KitchenMember(declaration, name, isShared, Synchronization.IsSynchronizedByHand(declaration, accessor, model));
    }

    // Explicit interface implementations are private in metadata, yet anyone holding the interface can call them.
    private static bool IsPrivate(ISymbol? symbol) =>
        symbol is { DeclaredAccessibility: Accessibility.Private } && !IsInterfaceImplementation(symbol);

    private static bool IsInterfaceImplementation(ISymbol symbol) => symbol switch
    {
        IMethodSymbol m => m.ExplicitInterfaceImplementations.Length > 0,
        IPropertySymbol p => p.ExplicitInterfaceImplementations.Length > 0,
        IEventSymbol e => e.ExplicitInterfaceImplementations.Length > 0,
        _ => false,
    };

    private static string NameOf(MemberDeclarationSyntax declaration) => declaration switch
    {
        MethodDeclarationSyntax m => m.Identifier.ValueText,
        PropertyDeclarationSyntax p => p.Identifier.ValueText,
        IndexerDeclarationSyntax => "this[]",
        EventDeclarationSyntax e => e.Identifier.ValueText,
        ConstructorDeclarationSyntax c => c.Identifier.ValueText,
        OperatorDeclarationSyntax o => "operator " + o.OperatorToken.ValueText,
        ConversionOperatorDeclarationSyntax c => "operator " + c.Type,
        DestructorDeclarationSyntax d => "~" + d.Identifier.ValueText,
        _ => "this member",
    };
}
