using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Exploration;

public static partial class SourceInstrumenter
{
    private static readonly ConditionalWeakTable<CSharpCompilation, IReadOnlySet<IFieldSymbol>> GuardsByCompilation = new();

    /// <summary>
    /// The fields that every piece of code touches only inside the same lock: in a <c>lock</c> statement on <c>this</c> or a
    /// readonly field, reached through <c>this</c>, never from a lambda or an iterator, and (for a collection) never handed
    /// out. A step on such a field needs no scheduling point of its own: while one chef holds that lock no other chef can
    /// touch the field, so running another chef just before the step ends in the same kitchen as running it just after.
    /// Leaving those points out is the classic reduction of model checkers (CHESS schedules only at synchronisation and
    /// racy accesses); it makes the same search reach deeper schedules. Any use this reading is not sure of keeps the
    /// field's points: a wrong guess here could hide a race, never invent one.
    /// </summary>
    private static IReadOnlySet<IFieldSymbol> GuardedFields(CSharpCompilation compilation) =>
        GuardsByCompilation.GetValue(compilation, static c => new GuardReading(c).Guarded());

    private sealed class GuardReading(CSharpCompilation compilation)
    {
        // Members of a collection that hand out a live view of it, or an enumerator that outlives the lock.
        private static readonly HashSet<string> Aliasing = new(StringComparer.Ordinal)
        {
            "GetEnumerator", "Keys", "Values", "AsReadOnly", "GetAlternateLookup", "UnorderedItems", "Comparer",
        };

        private readonly Dictionary<IFieldSymbol, HashSet<ISymbol>?> _locks = new(SymbolEqualityComparer.Default);

        public IReadOnlySet<IFieldSymbol> Guarded()
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var id in tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    if (model.GetSymbolInfo(id).Symbol is IFieldSymbol { IsStatic: false, IsConst: false, DeclaringSyntaxReferences.Length: > 0 } field
                        && !field.ContainingType.IsValueType && !IsInNameof(id))
                    {
                        Note(field, id, model);
                    }
                }
            }

            return _locks.Where(f => f.Value is { Count: > 0 }).Select(f => f.Key).ToHashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
        }

        private void Note(IFieldSymbol field, IdentifierNameSyntax id, SemanticModel model)
        {
            var access = id.Parent is MemberAccessExpressionSyntax ma && ma.Name == id ? (ExpressionSyntax)ma : id;
            var throughThis = access is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax };
            if (throughThis && BeforeSharing(access, field))
            {
                return; // the object's own constructor and initializers: no other chef can see it yet
            }

            var locks = throughThis && SafeUse(field, access, model) ? LocksAround(access, model) : [];
            _locks[field] = _locks.TryGetValue(field, out var seen)
                ? seen is null || locks.Count == 0 ? null : Intersect(seen, locks)
                : locks.Count == 0 ? null : locks;
        }

        private static HashSet<ISymbol>? Intersect(HashSet<ISymbol> seen, HashSet<ISymbol> locks)
        {
            seen.IntersectWith(locks);
            return seen.Count == 0 ? null : seen;
        }

        private static bool IsInNameof(SyntaxNode node) =>
            node.Ancestors().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is IdentifierNameSyntax { Identifier.Text: "nameof" });

        private static bool BeforeSharing(ExpressionSyntax access, IFieldSymbol field) =>
            access.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax
                or LocalFunctionStatementSyntax or VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } or PropertyDeclarationSyntax) switch
            {
                ConstructorDeclarationSyntax { Modifiers: var m } c => !m.Any(SyntaxKind.StaticKeyword) && c.Parent is TypeDeclarationSyntax t && t.Identifier.Text == field.ContainingType.Name,
                VariableDeclaratorSyntax => true,
                _ => false,
            };

        /// <summary>Whether this use cannot carry the field's value (a collection, an array) outside the lock.</summary>
        private static bool SafeUse(IFieldSymbol field, ExpressionSyntax access, SemanticModel model)
        {
            if (field.Type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_Double || field.Type.TypeKind == TypeKind.Enum)
            {
                // A value is copied on every read; a ref to it may go only to Interlocked or Volatile.
                return access.Parent is not ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument
                    || (argument.Parent?.Parent is InvocationExpressionSyntax call && model.GetSymbolInfo(call).Symbol is IMethodSymbol m
                        && m.ContainingType.ToDisplayString() is "System.Threading.Interlocked" or "System.Threading.Volatile");
            }

            if (field.Type is not INamedTypeSymbol { ContainingNamespace: var ns } named || ns?.ToDisplayString() != "System.Collections.Generic"
                || !SiteFinder.IsNotThreadSafeCollection(named))
            {
                return false;
            }

            return access.Parent switch
            {
                MemberAccessExpressionSyntax member when member.Expression == access =>
                    model.GetSymbolInfo(member).Symbol is IMethodSymbol { ReducedFrom: null, IsExtensionMethod: false } or IPropertySymbol
                    && !Aliasing.Contains(member.Name.Identifier.Text),
                ElementAccessExpressionSyntax element when element.Expression == access => true,
                ForEachStatementSyntax loop when loop.Expression == access => true,
                AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment when assignment.Left == access =>
                    assignment.Right is BaseObjectCreationExpressionSyntax or CollectionExpressionSyntax,
                ArgumentSyntax { RefKindKeyword.RawKind: 0, Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } =>
                    IsCopy(creation, model),
                _ => false,
            };
        }

        /// <summary>
        /// A new collection of System.Collections.Generic built from the field (<c>new Dictionary&lt;K, V&gt;(_items)</c>): its
        /// constructor copies every element before it returns and keeps no reference, so the copy may leave the lock.
        /// </summary>
        private static bool IsCopy(BaseObjectCreationExpressionSyntax creation, SemanticModel model) =>
            model.GetTypeInfo(creation).Type is INamedTypeSymbol { ContainingNamespace: var ns } created
            && ns?.ToDisplayString() == "System.Collections.Generic" && SiteFinder.IsNotThreadSafeCollection(created);

        /// <summary>The locks held around <paramref name="access"/> in its own function, each as the symbol locked on.</summary>
        private static HashSet<ISymbol> LocksAround(ExpressionSyntax access, SemanticModel model)
        {
            var locks = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            SyntaxNode child = access;
            foreach (var node in access.Ancestors())
            {
                switch (node)
                {
                    case LockStatementSyntax held when held.Statement == child && LockedOn(held.Expression, model) is { } symbol && !LetsGoInside(held, model):
                        locks.Add(symbol);
                        break;
                    case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                        return []; // runs later, perhaps after the lock is let go
                    case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax:
                        return node.DescendantNodes().Any(n => n is YieldStatementSyntax or AwaitExpressionSyntax) ? [] : locks;
                }

                child = node;
            }

            return locks;
        }

        /// <summary>A <c>lock</c> whose body calls <c>Monitor.Exit</c>: what follows may run without the lock.</summary>
        private static bool LetsGoInside(LockStatementSyntax held, SemanticModel model) =>
            held.Statement.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(call =>
                model.GetSymbolInfo(call).Symbol is IMethodSymbol { Name: "Exit" } m && m.ContainingType.ToDisplayString() == "System.Threading.Monitor");

        /// <summary><c>this</c>, or a readonly field (through <c>this</c>, or static): the same object for every chef.</summary>
        private static ISymbol? LockedOn(ExpressionSyntax expression, SemanticModel model) => expression switch
        {
            ThisExpressionSyntax => model.GetTypeInfo(expression).Type,
            IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } =>
                model.GetSymbolInfo(expression).Symbol is IFieldSymbol { IsReadOnly: true } field ? field : null,
            _ => null,
        };
    }
}
