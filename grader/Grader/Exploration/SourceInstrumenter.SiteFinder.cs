using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KitchenKatas.Grader.Exploration;

public static partial class SourceInstrumenter
{
    /// <summary>The one semantic pass: finds every site, numbers it, and notes what cannot be modelled.</summary>
    private sealed partial class SiteFinder(SemanticModel model, string file, IReadOnlySet<IFieldSymbol> guarded) : CSharpSyntaxWalker
    {
        // Constructors and initializers run before the object is shared: no other chef can see their fields yet.
        private int _unshared;

        public Dictionary<SyntaxAnnotation, Mark> Marks { get; } = [];

        public List<string> Unmodelled { get; } = [];

        public override void VisitConstructorDeclaration(ConstructorDeclarationSyntax node) => Unshared(() => base.VisitConstructorDeclaration(node));

        public override void VisitEqualsValueClause(EqualsValueClauseSyntax node)
        {
            if (node.Parent is PropertyDeclarationSyntax || node.Parent?.Parent?.Parent is FieldDeclarationSyntax)
            {
                Unshared(() => base.VisitEqualsValueClause(node));
            }
            else
            {
                base.VisitEqualsValueClause(node);
            }
        }

        public override void VisitAttributeList(AttributeListSyntax node)
        {
            // attributes hold constants only
        }

        public override void VisitAwaitExpression(AwaitExpressionSyntax node)
        {
            if (!IsModelledWaitAsync(node.Expression))
            {
                Unmodelled.Add($"await of something other than SemaphoreSlim.WaitAsync ({At(node)})");
            }

            base.VisitAwaitExpression(node);
        }

        public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            MemberEntry(node, node.Body is not null || node.ExpressionBody is not null);
            base.VisitMethodDeclaration(node);
        }

        public override void VisitAccessorDeclaration(AccessorDeclarationSyntax node)
        {
            MemberEntry(node, node.Body is not null || node.ExpressionBody is not null);
            base.VisitAccessorDeclaration(node);
        }

        public override void VisitPropertyDeclaration(PropertyDeclarationSyntax node)
        {
            if (node.ExpressionBody is not null)
            {
                MemberEntry(node, true);
            }

            base.VisitPropertyDeclaration(node);
        }

        public override void VisitLockStatement(LockStatementSyntax node)
        {
            var target = node.Expression.ToString();
            var enter = Site(node, SiteKind.LockEnter, target);
            var exit = ExplorationSites.Register(SiteKind.LockExit, file, LineOf(node.Statement.GetLastToken()), MemberName(node), target);
            Add(new Mark(MarkKind.Lock, node, enter) { Second = exit });
            base.VisitLockStatement(node);
        }

        public override void VisitWhileStatement(WhileStatementSyntax node)
        {
            base.VisitWhileStatement(node);
            if (IsSpinBody(node.Statement))
            {
                Add(new Mark(MarkKind.Spin, node, Site(node, SiteKind.Spin, node.Condition.ToString())));
            }
        }

        public override void VisitDoStatement(DoStatementSyntax node)
        {
            base.VisitDoStatement(node);
            if (IsSpinBody(node.Statement))
            {
                Add(new Mark(MarkKind.Spin, node, Site(node, SiteKind.Spin, node.Condition.ToString())));
            }
        }

        public override void VisitForEachStatement(ForEachStatementSyntax node)
        {
            base.VisitForEachStatement(node);
            if (_unshared == 0 && IsSimple(node.Expression) && CollectionOf(model.GetTypeInfo(node.Expression).Type) == Collection.NotThreadSafe)
            {
                Add(new Mark(MarkKind.Foreach, node, Site(node, SiteKind.CollectionCall, node.Expression.ToString(), "foreach", isGuarded: IsGuarded(node.Expression))));
            }
        }

        private void Add(Mark mark) => Marks[new SyntaxAnnotation(MarkKindName)] = mark;

        private void Unshared(Action visit)
        {
            _unshared++;
            try
            {
                visit();
            }
            finally
            {
                _unshared--;
            }
        }

        private ExplorationSite Site(SyntaxNode node, SiteKind kind, string target, string operation = "", bool writes = false, IReadOnlyList<string>? arguments = null, bool isGuarded = false) =>
            ExplorationSites.Register(kind, file, LineOf(node.GetFirstToken()), MemberName(node), target, operation, writes, arguments, isGuarded);

        /// <summary>Whether <paramref name="subject"/> is a field of this object that only code holding one lock touches.</summary>
        private bool IsGuarded(ExpressionSyntax? subject) =>
            subject is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }
            && model.GetSymbolInfo(subject).Symbol is IFieldSymbol field && guarded.Contains(field);

        private static int LineOf(SyntaxToken token) => token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

        private string At(SyntaxNode node) => $"{file}:{LineOf(node.GetFirstToken())}";

        private void MemberEntry(SyntaxNode node, bool hasBody)
        {
            if (!hasBody || model.GetDeclaredSymbol(node) is not IMethodSymbol and not IPropertySymbol || _unshared > 0)
            {
                return;
            }

            var symbol = model.GetDeclaredSymbol(node)!;
            var member = symbol is IMethodSymbol { AssociatedSymbol: { } owner } ? owner : symbol;
            if (member.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
            {
                return;
            }

            var operation = symbol switch
            {
                IMethodSymbol { MethodKind: MethodKind.PropertyGet } or IPropertySymbol => "get",
                IMethodSymbol { MethodKind: MethodKind.PropertySet } => "set",
                _ => "call",
            };
            var parameters = (symbol as IMethodSymbol)?.Parameters
                .Where(p => p.RefKind == RefKind.None && !p.Type.IsRefLikeType && p.Type is not IPointerTypeSymbol)
                .Select(p => p.Name)
                .ToArray() ?? [];
            if (symbol is IMethodSymbol { MethodImplementationFlags: var flags } method && flags.HasFlag(System.Reflection.MethodImplAttributes.Synchronized))
            {
                var lockOn = method.IsStatic ? $"typeof({method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)})" : "this";
                Add(new Mark(MarkKind.Synchronized, node, Site(node, SiteKind.LockEnter, lockOn == "this" ? "this" : $"typeof({method.ContainingType.Name})"))
                {
                    LockExpression = lockOn,
                    Second = Site(node, SiteKind.LockExit, lockOn == "this" ? "this" : $"typeof({method.ContainingType.Name})"),
                    IsVoid = method.ReturnsVoid,
                });
            }

            var returnsNothing = symbol is IMethodSymbol { ReturnsVoid: true };
            if (symbol is IMethodSymbol { ReturnsByRef: true } or IMethodSymbol { ReturnsByRefReadonly: true } or IPropertySymbol { ReturnsByRef: true })
            {
                return;
            }

            Add(new Mark(MarkKind.Entry, node, Site(node, SiteKind.MemberEntry, member.Name, operation)) { Parameters = parameters, IsVoid = returnsNothing });
        }

        private static string MemberName(SyntaxNode node)
        {
            foreach (var ancestor in node.AncestorsAndSelf())
            {
                switch (ancestor)
                {
                    case MethodDeclarationSyntax m:
                        return m.Identifier.Text;
                    case PropertyDeclarationSyntax p:
                        return p.Identifier.Text;
                    case IndexerDeclarationSyntax:
                        return "this[]";
                    case ConstructorDeclarationSyntax c:
                        return c.Identifier.Text;
                    case OperatorDeclarationSyntax o:
                        return "operator " + o.OperatorToken.Text;
                    case BaseTypeDeclarationSyntax t:
                        return t.Identifier.Text;
                }
            }

            return "";
        }
    }
}
