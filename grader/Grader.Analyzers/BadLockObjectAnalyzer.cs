using System.Collections.Immutable;
using KitchenKatas.Grader.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>KATA003: <c>lock</c> on <c>this</c>, a <c>Type</c>, a string, a boxed value, or an object made in the same member.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadLockObjectAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleHelp.Rule(
        RuleIds.BadLockObject,
        title: "Lock on an object that does not keep chefs out",
        message: "`lock ({0})` does not protect you: {1}. Lock on one private readonly object, the same one in every member.",
        description: "A lock works only when every thread locks the one same private object. `this`, a Type or a string can be "
            + "locked by code you do not control; a boxed value or a fresh object is a different lock for every thread.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        KitchenAnalysis.OnLearnerSyntax(context, Analyze, SyntaxKind.LockStatement);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var statement = (LockStatementSyntax)context.Node;
        if (context.SemanticModel.GetOperation(statement, context.CancellationToken) is not ILockOperation lockOperation)
        {
            return;
        }

        var reason = WhyNot(lockOperation.LockedValue, statement);
        if (reason is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, statement.Expression.GetLocation(), KitchenAnalysis.Quote(statement.Expression), reason));
        }
    }

    /// <summary>Why the locked value is a bad lock, or null when it is fine.</summary>
    internal static string? WhyNot(IOperation locked, LockStatementSyntax statement)
    {
        if (locked is IConversionOperation { Operand.Type.IsValueType: true })
        {
            return "a value is copied into a new box every time, so each chef made its own lock and nobody ever waits";
        }

        locked = locked is IConversionOperation conversion ? conversion.Operand : locked;
        return locked switch
        {
            IInstanceReferenceOperation => "code outside the class can lock this same object too, and stall every chef",
            _ when locked.Type?.SpecialType == SpecialType.System_String =>
                "equal strings can be one object shared by the whole program, so code you never wrote can hold your lock",
            _ when locked.Type is { Name: "Type", ContainingNamespace.Name: "System" } =>
                "a Type is shared by the whole program, so code you never wrote can hold your lock",
            IObjectCreationOperation or IAnonymousObjectCreationOperation =>
                "every chef who gets here makes a new object, so each chef made its own lock and nobody ever waits",
            ILocalReferenceOperation local when IsMadeInSameMember(local.Local, statement) =>
                "every chef who gets here makes a new object, so each chef made its own lock and nobody ever waits",
            _ => null,
        };
    }

    private static bool IsMadeInSameMember(ILocalSymbol local, LockStatementSyntax statement) =>
        local.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<VariableDeclaratorSyntax>().Any(d =>
            d.Initializer?.Value is ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax
            && d.FirstAncestorOrSelf<MemberDeclarationSyntax>() == statement.FirstAncestorOrSelf<MemberDeclarationSyntax>());
}
