using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Exploration;

public static partial class SourceInstrumenter
{
    private sealed partial class SiteFinder
    {
        public override void VisitIdentifierName(IdentifierNameSyntax node)
        {
            base.VisitIdentifierName(node);
            if (_unshared > 0 || node.Parent is MemberBindingExpressionSyntax || FieldOf(node) is not { } field)
            {
                return;
            }

            var access = node.Parent is MemberAccessExpressionSyntax ma && ma.Name == node ? (ExpressionSyntax)ma : node;
            if (access is MemberAccessExpressionSyntax { Expression: var receiver } && !IsSimple(receiver))
            {
                return; // evaluating the receiver twice could repeat its side effects
            }

            var owner = field.IsStatic || field.ContainingType.IsValueType ? Owner.None
                : access is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } ? Owner.This
                : Owner.Receiver;
            var name = access.ToString();
            var isGuarded = owner == Owner.This && IsGuarded(access);
            switch (access.Parent)
            {
                case AssignmentExpressionSyntax a when a.Left == access && a.Parent is not InitializerExpressionSyntax:
                    if (a.IsKind(SyntaxKind.SimpleAssignmentExpression))
                    {
                        Add(new Mark(MarkKind.Write, a, Site(a, SiteKind.FieldWrite, name, isGuarded: isGuarded)) { Owner = owner, FieldType = TypeText(field.Type) });
                    }
                    else if (!a.IsKind(SyntaxKind.CoalesceAssignmentExpression))
                    {
                        AddUpdate(a, name, owner, field.Type, isGuarded);
                    }

                    return;
                case PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.PreIncrementExpression) || u.IsKind(SyntaxKind.PreDecrementExpression):
                    AddUpdate(u, name, owner, field.Type, isGuarded);
                    return;
                case PostfixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.PostIncrementExpression) || u.IsKind(SyntaxKind.PostDecrementExpression):
                    AddUpdate(u, name, owner, field.Type, isGuarded);
                    return;
                case ArgumentSyntax { RefKindKeyword.RawKind: not 0 }:
                case ArgumentSyntax { Parent: TupleExpressionSyntax }:
                case RefExpressionSyntax:
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.AddressOfExpression }:
                case MemberAccessExpressionSyntax when field.Type.IsValueType:
                case ElementAccessExpressionSyntax when field.Type.IsValueType:
                case AssignmentExpressionSyntax when access.Parent.Parent is InitializerExpressionSyntax:
                    return; // a reference to the field, not a read of its value
            }

            if (!field.IsReadOnly)
            {
                Add(new Mark(MarkKind.Read, access, Site(access, SiteKind.FieldRead, name, isGuarded: isGuarded)) { Owner = owner, FieldType = TypeText(field.Type) });
            }
        }

        private void AddUpdate(ExpressionSyntax node, string name, Owner owner, ITypeSymbol type, bool isGuarded) =>
            Add(new Mark(MarkKind.Update, node, Site(node, SiteKind.FieldRead, name, isGuarded: isGuarded))
            {
                Second = Site(node, SiteKind.FieldWrite, name, isGuarded: isGuarded),
                Owner = owner,
                FieldType = TypeText(type),
            });

        private static string TypeText(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

        /// <summary>A field of the learner's own code (or a settable auto-property, whose field is hidden), with what we need of it.</summary>
        private (ITypeSymbol Type, bool IsStatic, bool IsReadOnly, INamedTypeSymbol ContainingType)? FieldOf(IdentifierNameSyntax node)
        {
            (ITypeSymbol Type, bool IsStatic, bool IsReadOnly, INamedTypeSymbol ContainingType)? found = model.GetSymbolInfo(node).Symbol switch
            {
                IFieldSymbol f when f.DeclaringSyntaxReferences.Length > 0 && !f.IsConst && !f.IsFixedSizeBuffer && f.CorrespondingTupleField is null
                    => (f.Type, f.IsStatic, f.IsReadOnly, f.ContainingType),
                IPropertySymbol p when IsSettableAutoProperty(p) => (p.Type, p.IsStatic, false, p.ContainingType),
                _ => null,
            };
            return found is { Type: var type } && (type.IsRefLikeType || type is IPointerTypeSymbol or IFunctionPointerTypeSymbol) ? null : found;
        }

        private static bool IsSettableAutoProperty(IPropertySymbol p) =>
            p.SetMethod is { IsInitOnly: false } && !p.IsAbstract && !p.IsIndexer && p.ContainingType.TypeKind == TypeKind.Class
            && p.DeclaringSyntaxReferences.Length > 0
            && p.DeclaringSyntaxReferences.All(r => r.GetSyntax() is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }
                && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null));

        /// <summary>An expression that reads only names (<c>this</c>, locals, fields), so evaluating it again changes nothing.</summary>
        private static bool IsSimple(ExpressionSyntax e) => e switch
        {
            ThisExpressionSyntax or IdentifierNameSyntax or PredefinedTypeSyntax => true,
            MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } ma => ma.Name is IdentifierNameSyntax && IsSimple(ma.Expression),
            ParenthesizedExpressionSyntax p => IsSimple(p.Expression),
            _ => false,
        };

        /// <summary>An argument whose value can be shown after the call: a literal, a local or parameter, an out variable.</summary>
        private bool Capturable(ArgumentSyntax argument) => argument switch
        {
            { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword, Expression: DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax } } => true,
            { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword, Expression: IdentifierNameSyntax id } => IsLocal(id),
            { RefKindKeyword.RawKind: not 0 } => false,
            { Expression: LiteralExpressionSyntax } => true,
            { Expression: IdentifierNameSyntax id } => IsLocal(id),
            _ => false,
        };

        private bool IsLocal(IdentifierNameSyntax id) =>
            model.GetSymbolInfo(id).Symbol is ILocalSymbol { RefKind: RefKind.None, Type.IsRefLikeType: false } or IParameterSymbol { RefKind: RefKind.None, Type.IsRefLikeType: false };
    }
}
