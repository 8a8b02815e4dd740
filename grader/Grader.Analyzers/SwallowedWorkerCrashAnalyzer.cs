using System.Collections.Immutable;
using KitchenKatas.Grader.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>
/// KATA010: an empty <c>catch</c> (or <c>catch (Exception)</c>) around a call of a job, a delegate held in a parameter
/// or a local (<c>job()</c>, <c>job.Invoke()</c>): the job's crash disappears without a trace.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwallowedWorkerCrashAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleHelp.Rule(
        RuleIds.SwallowedWorkerCrash,
        title: "A job's crash swallowed by an empty catch",
        message: "If `{0}` crashes, this empty catch hides it: nobody hears about it and the kitchen carries on with half-done work. Record the crash, or let it end the worker so the supervisor sees it.",
        description: "A worker must survive a job's crash, but the crash must still be seen: record it, report it, or let the "
            + "worker (or its child process) die so that a supervisor notices and restarts it.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        KitchenAnalysis.OnLearnerSyntax(context, Analyze, SyntaxKind.CatchClause);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var clause = (CatchClauseSyntax)context.Node;
        if (clause.Filter is not null || clause.Block.Statements.Count > 0 || clause.Parent is not TryStatementSyntax attempt
            || (clause.Declaration is { } declared && !CatchesEverything(context.SemanticModel.GetTypeInfo(declared.Type).Type)))
        {
            return;
        }

        var job = attempt.Block.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(i => context.SemanticModel.GetOperation(i, context.CancellationToken))
            .OfType<IInvocationOperation>()
            .FirstOrDefault(i => i.TargetMethod.MethodKind == MethodKind.DelegateInvoke && IsJob(i.Instance));
        if (job is not null)
        {
            var end = clause.Declaration?.Span.End ?? clause.CatchKeyword.Span.End;
            var location = Location.Create(clause.SyntaxTree, TextSpan.FromBounds(clause.CatchKeyword.SpanStart, end));
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, job.Syntax.ToString()));
        }
    }

    // A job is a delegate handed in (a parameter) or taken from a queue (a local). An event's handlers are not jobs:
    // shielding a worker from a throwing handler is a deliberate choice.
    private static bool IsJob(IOperation? target) =>
        target is ILocalReferenceOperation or IParameterReferenceOperation;

    private static bool CatchesEverything(ITypeSymbol? type) =>
        type is { Name: "Exception", ContainingNamespace.Name: "System" } || type?.SpecialType == SpecialType.System_Object;
}
