using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KitchenKatas.Grader.Analyzers.Shared;

/// <summary>
/// A class and every use of its own fields, with the lock (if any) around each use.
/// <para>
/// How the rules decide that chefs call a class's methods at the same moment (<see cref="IsShared"/>): it is a
/// class (not a record, struct or static class, not a test fixture) and at least one of its non-private members,
/// other than a constructor, changes one of its fields (plainly or with <c>Interlocked</c>). Such a class is a
/// kitchen tool that chefs share, like the cart. Code that runs before the object can be shared (constructors,
/// field initializers, <c>init</c>) and private helpers (whose callers may hold the lock) are never reported.
/// The same rule is documented for learners in docs/README.md.
/// </para>
/// </summary>
internal sealed class SharedClass
{
    private SharedClass(ClassDeclarationSyntax declaration, IReadOnlyList<FieldAccess> accesses, IReadOnlyList<IFieldSymbol> lockFields, bool isShared)
    {
        Declaration = declaration;
        Accesses = accesses;
        LockFields = lockFields;
        IsShared = isShared;
    }

    public ClassDeclarationSyntax Declaration { get; }

    /// <summary>Every use of the class's own fields, in source order; lock objects excluded.</summary>
    public IReadOnlyList<FieldAccess> Accesses { get; }

    /// <summary>Fields that some <c>lock</c> statement locks on.</summary>
    public IReadOnlyList<IFieldSymbol> LockFields { get; }

    /// <summary>Chefs may call this class's members at the same moment (see the class remarks).</summary>
    public bool IsShared { get; }

    public static SharedClass Build(ClassDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellation)
    {
        var type = model.GetDeclaredSymbol(declaration, cancellation) as INamedTypeSymbol;
        var ownNodes = declaration.DescendantNodes(n => n == declaration || n is not BaseTypeDeclarationSyntax).ToList();
        var lockFields = ownNodes.OfType<LockStatementSyntax>()
            .Select(l => model.GetSymbolInfo(l.Expression, cancellation).Symbol as IFieldSymbol)
            .Where(f => f is not null)
            .Select(f => f!)
            .Distinct<IFieldSymbol>(SymbolEqualityComparer.Default)
            .ToList();

        var members = new Dictionary<MemberDeclarationSyntax, KitchenMember>();
        var accesses = new List<FieldAccess>();
        foreach (var node in ownNodes)
        {
            if (node is not (IdentifierNameSyntax or MemberAccessExpressionSyntax)
                || model.GetOperation(node, cancellation) is not IFieldReferenceOperation reference
                || !SymbolEqualityComparer.Default.Equals(reference.Field.ContainingType, type)
                || reference.Field.IsConst
                || reference.Field.IsImplicitlyDeclared
                || (!reference.Field.IsStatic && reference.Instance is not IInstanceReferenceOperation)
                || lockFields.Contains(reference.Field, SymbolEqualityComparer.Default))
            {
                continue;
            }

            var declarationOfMember = node.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m.Parent == declaration);
            if (declarationOfMember is null)
            {
                continue;
            }

            if (!members.TryGetValue(declarationOfMember, out var member))
            {
                member = KitchenMember.For(declarationOfMember, node, model);
                members[declarationOfMember] = member;
            }
            else if (node.Ancestors().Any(a => a is AccessorDeclarationSyntax))
            {
                // Accessors of one property can differ (a private set), so they are looked at one by one.
                member = KitchenMember.For(declarationOfMember, node, model);
            }

            var (use, whole) = Classify(reference);
            var locks = node.Ancestors()
                .TakeWhile(a => a != declarationOfMember)
                .OfType<LockStatementSyntax>()
                .Where(l => !l.Expression.Span.Contains(node.Span))
                .ToList();
            accesses.Add(new FieldAccess(reference.Field, use, node, whole, member, locks));
        }

        // A field one task owns until it is awaited is never touched by two chefs at once: not shared state.
        var taskOwned = accesses.GroupBy(a => a.Field, SymbolEqualityComparer.Default)
            .Where(uses => TaskOwnedFields.AreOwnedByOneTask(uses.ToList(), model, cancellation))
            .Select(uses => uses.Key)
            .ToList();
        accesses.RemoveAll(a => taskOwned.Contains(a.Field, SymbolEqualityComparer.Default));

        var isShared = type is { TypeKind: TypeKind.Class, IsStatic: false, IsRecord: false }
            && !IsTestFixture(type!)
            && accesses.Any(a => a.Member.IsShared && (a.Changes || a.Use == FieldUse.Atomic));
        return new SharedClass(declaration, accesses, lockFields, isShared);
    }

    /// <summary>What the expression around a field reference does with the field.</summary>
    private static (FieldUse Use, SyntaxNode Whole) Classify(IFieldReferenceOperation reference)
    {
        switch (reference.Parent)
        {
            case IIncrementOrDecrementOperation step when step.Target == reference:
                return (FieldUse.ReadModifyWrite, step.Syntax);
            case ICompoundAssignmentOperation compound when compound.Target == reference:
                return (FieldUse.ReadModifyWrite, compound.Syntax);
            case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
                return (FieldUse.ReadModifyWrite, coalesce.Syntax);
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                return (ReadsField(assignment.Value, reference.Field) ? FieldUse.ReadModifyWrite : FieldUse.Write, assignment.Syntax);
            case IArgumentOperation { Parameter.RefKind: not RefKind.None } argument:
                return argument.Parent is IInvocationOperation atomic && Synchronization.IsInterlockedOrVolatile(atomic.TargetMethod)
                    ? (FieldUse.Atomic, atomic.Syntax)
                    : (FieldUse.Write, argument.Syntax);
            case IInvocationOperation call when call.Instance == reference:
                return Synchronization.IsCollectionChange(call.TargetMethod) ? (FieldUse.Write, call.Syntax) : (FieldUse.Read, reference.Syntax);
            case IPropertyReferenceOperation element when element.Instance == reference:
                return ClassifyElement(element, reference.Field);
            default:
                return (FieldUse.Read, reference.Syntax);
        }
    }

    // `_items[key]`: an element of a collection field, read, set or stepped.
    private static (FieldUse Use, SyntaxNode Whole) ClassifyElement(IPropertyReferenceOperation element, IFieldSymbol field) => element.Parent switch
    {
        IIncrementOrDecrementOperation step when step.Target == element => (FieldUse.ReadModifyWrite, step.Syntax),
        ICompoundAssignmentOperation compound when compound.Target == element => (FieldUse.ReadModifyWrite, compound.Syntax),
        ISimpleAssignmentOperation assignment when assignment.Target == element =>
            (ReadsField(assignment.Value, field) ? FieldUse.ReadModifyWrite : FieldUse.Write, assignment.Syntax),
        _ => (FieldUse.Read, element.Instance!.Syntax),
    };

    private static bool ReadsField(IOperation value, IFieldSymbol field) =>
        value.DescendantsAndSelf().OfType<IFieldReferenceOperation>()
            .Any(r => SymbolEqualityComparer.Default.Equals(r.Field, field));

    private static bool IsTestFixture(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.Name is "TestFixtureAttribute")
        || type.GetMembers().Any(m => m.GetAttributes().Any(a => a.AttributeClass?.Name is "TestAttribute" or "TestCaseAttribute" or "FactAttribute" or "TheoryAttribute"));
}
