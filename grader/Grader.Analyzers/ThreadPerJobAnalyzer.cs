using System.Collections.Immutable;
using KitchenKatas.Grader.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>
/// KATA007: <c>new Thread(…)</c>, <c>Task.Run</c> or <c>Task.Factory.StartNew(…, LongRunning)</c> inside a
/// <c>foreach</c>, <c>while</c> or <c>do</c> loop, or in a method that is handed a job (a delegate parameter), either
/// wrapped around that job or started every time (not under a condition): one chef per job.
/// A constructor or a <c>for</c> loop that starts a fixed team of chefs is how a pool starts, and a thread started only
/// under a condition (a pool that grows up to its size) may be bounded, so none of these is reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThreadPerJobAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleHelp.Rule(
        RuleIds.ThreadPerJob,
        title: "A new thread for every job",
        message: "`{0}` hires a new chef for every job: a million orders make a million chefs, and the kitchen drowns. Hand the jobs to a fixed team of chefs instead.",
        description: "Each thread costs memory and scheduling time. Starting one per job lets the number of threads grow with the "
            + "number of jobs; a bounded pool keeps a fixed number of workers and queues the jobs.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        KitchenAnalysis.OnLearnerOperations(context, Analyze, OperationKind.ObjectCreation, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var what = context.Operation switch
        {
            IObjectCreationOperation { Type: { Name: "Thread" } type } when Synchronization.IsIn(type, "System.Threading") => "new Thread",
            IInvocationOperation { TargetMethod: { Name: "Run", ContainingType.Name: "Task" } run }
                when Synchronization.IsIn(run.ContainingType, "System.Threading.Tasks") => "Task.Run",
            IInvocationOperation { TargetMethod: { Name: "StartNew", ContainingType.Name: "TaskFactory" } } call
                when call.Arguments.Any(a => a.Value.Syntax.ToString().Contains("LongRunning")) => "Task.Factory.StartNew",
            _ => null,
        };
        if (what is not null && !IsInConstructor(context.Operation.Syntax) && (IsInJobLoop(context.Operation.Syntax) || IsPerJob(context.Operation)))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.Operation.Syntax.GetLocation(), what));
        }
    }

    // A constructor runs once per kitchen: the team it hires is fixed, however it loops.
    private static bool IsInConstructor(SyntaxNode node) =>
        node.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault() is ConstructorDeclarationSyntax;

    private static bool IsInJobLoop(SyntaxNode node) =>
        node.Ancestors().TakeWhile(a => a is not MemberDeclarationSyntax)
            .Any(a => a is CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax);

    // `public void Submit(Action job) => new Thread(() => job()).Start();`: the job itself gets the new chef, or
    // `public void Submit(Action job) { _rail.Enqueue(job); new Thread(CookNext).Start(); }`: a chef per submission.
    private static bool IsPerJob(IOperation operation)
    {
        var method = operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart) as IMethodSymbol;
        while (method is { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            method = method.ContainingSymbol as IMethodSymbol;
        }

        if (method is null)
        {
            return false;
        }

        var jobs = method.Parameters.Where(p => p.Type.TypeKind == TypeKind.Delegate).ToList();
        var everyTime = !operation.Syntax.Ancestors().TakeWhile(a => a is not MemberDeclarationSyntax)
            .Any(a => a is IfStatementSyntax or ConditionalExpressionSyntax or SwitchStatementSyntax or SwitchExpressionSyntax);
        return jobs.Count > 0
            && (everyTime || operation.Descendants().OfType<IParameterReferenceOperation>().Any(r => jobs.Contains(r.Parameter, SymbolEqualityComparer.Default)));
    }
}
