using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace KitchenKatas.Grader.Exploration;

public static partial class SourceInstrumenter
{
    /// <summary>
    /// Field reads become <c>Read(At(site), owner, _f)</c> (the point, then the read), writes become
    /// <c>_f = Write(site, owner, value)</c> (the value, the point, then the store), and <c>_f += n</c> or <c>_f++</c>
    /// become a read and a write, two points, so another chef can slip in between as on real cores.
    /// </summary>
    private sealed class FieldsToHooks(IReadOnlyDictionary<SyntaxAnnotation, Mark> marks) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? Visit(SyntaxNode? node)
        {
            var visited = base.Visit(node);
            if (node is null || visited is not ExpressionSyntax expression)
            {
                return visited;
            }

            foreach (var mark in MarksOf(node, marks))
            {
                switch (mark.Kind)
                {
                    case MarkKind.Read:
                        return Read(mark, mark.Site, node, expression.WithoutAnnotations(MarkKindName)).WithTriviaFrom(expression);
                    case MarkKind.Write when expression is AssignmentExpressionSyntax assignment:
                        return assignment.WithRight(Write(mark, node, assignment.Right));
                    case MarkKind.Update:
                        return Update(mark, node, expression).WithTriviaFrom(expression);
                }
            }

            return visited;
        }

        private static ExpressionSyntax Read(Mark mark, ExplorationSite site, SyntaxNode fieldAccess, ExpressionSyntax read) =>
            Generic("Read", mark.FieldType!, Call("At", Number(site.Id)), OwnerOf(mark, fieldAccess), read);

        private static ExpressionSyntax Write(Mark mark, SyntaxNode node, ExpressionSyntax value)
        {
            var left = node switch
            {
                AssignmentExpressionSyntax a => a.Left,
                PrefixUnaryExpressionSyntax u => u.Operand,
                _ => ((PostfixUnaryExpressionSyntax)node).Operand,
            };
            var site = mark.Kind == MarkKind.Update ? mark.Second! : mark.Site;
            return Generic("Write", mark.FieldType!, Number(site.Id), OwnerOf(mark, left), value);
        }

        private static ExpressionSyntax Update(Mark mark, SyntaxNode original, ExpressionSyntax visited)
        {
            var (left, op, right, isPostfix) = visited switch
            {
                AssignmentExpressionSyntax a => (a.Left, a.OperatorToken.Text[..^1], a.Right, false),
                PrefixUnaryExpressionSyntax u => (u.Operand, u.OperatorToken.Text[..1], One, false),
                PostfixUnaryExpressionSyntax u => (u.Operand, u.OperatorToken.Text[..1], One, true),
                _ => throw new InvalidOperationException("An update is an assignment or an increment."),
            };
            var originalLeft = original switch
            {
                AssignmentExpressionSyntax a => a.Left,
                PrefixUnaryExpressionSyntax u => u.Operand,
                _ => ((PostfixUnaryExpressionSyntax)original).Operand,
            };
            var type = ParseTypeName(mark.FieldType!);
            var read = Read(mark, mark.Site, originalLeft, Plain(originalLeft).WithoutTrivia());
            var computed = CastExpression(type, ParenthesizedExpression(BinaryExpression(BinaryKind(op), read, ParenthesizedExpression(right))));
            var assignment = AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, left.WithoutTrivia(), Write(mark, original, computed));
            if (!isPostfix || original.Parent is ExpressionStatementSyntax || original.Parent is ForStatementSyntax)
            {
                return assignment;
            }

            // x++ used as a value is the old value: the new one, one step back.
            var back = op == "+" ? SyntaxKind.SubtractExpression : SyntaxKind.AddExpression;
            var old = CastExpression(type, ParenthesizedExpression(BinaryExpression(back, ParenthesizedExpression(assignment), One)));

            // The whole body of an arrow may belong to a void member or lambda, which throws the value away and lets
            // only a call stand there: the value goes through a call that hands it back unchanged.
            return original.Parent is ArrowExpressionClauseSyntax or LambdaExpressionSyntax ? Generic("Value", mark.FieldType!, old) : old;
        }

        private static ExpressionSyntax One => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(1));

        private static SyntaxKind BinaryKind(string op) => op switch
        {
            "+" => SyntaxKind.AddExpression,
            "-" => SyntaxKind.SubtractExpression,
            "*" => SyntaxKind.MultiplyExpression,
            "/" => SyntaxKind.DivideExpression,
            "%" => SyntaxKind.ModuloExpression,
            "&" => SyntaxKind.BitwiseAndExpression,
            "|" => SyntaxKind.BitwiseOrExpression,
            "^" => SyntaxKind.ExclusiveOrExpression,
            "<<" => SyntaxKind.LeftShiftExpression,
            ">>" => SyntaxKind.RightShiftExpression,
            ">>>" => SyntaxKind.UnsignedRightShiftExpression,
            _ => throw new InvalidOperationException($"Unknown compound operator {op}."),
        };

        private static ExpressionSyntax OwnerOf(Mark mark, SyntaxNode fieldAccess) => mark.Owner switch
        {
            Owner.This => ThisExpression(),
            Owner.Receiver when fieldAccess is MemberAccessExpressionSyntax ma => Plain(ma.Expression).WithoutTrivia(),
            _ => Null,
        };

        private static ExpressionSyntax Generic(string hook, string type, params ExpressionSyntax[] arguments) =>
            InvocationExpression(
                ParseExpression($"{Hooks}.{hook}<{type}>"),
                ArgumentList(SeparatedList(arguments.Select(Argument))));
    }
}
