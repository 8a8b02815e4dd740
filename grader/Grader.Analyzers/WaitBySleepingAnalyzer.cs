using System.Collections.Immutable;
using KitchenKatas.Grader.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KitchenKatas.Grader.Analyzers;

/// <summary>
/// KATA008: waiting for another thread by sleeping or spinning. Four shapes:
/// <c>Thread.Sleep</c> in a loop that polls a field or property (<c>while (!_done) Thread.Sleep(10);</c>);
/// <c>Thread.Sleep</c> right after starting a thread or task, hoping it is done by then;
/// <c>Thread.SpinWait</c>, <c>Thread.Yield</c> or <c>SpinWait.SpinOnce</c> in a loop (a chef pacing up and down);
/// and an empty loop on shared state (<c>while (!_done) { }</c>), which may never see the change if the field is not volatile.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WaitBySleepingAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = RuleHelp.Rule(
        RuleIds.WaitBySleeping,
        title: "Waiting for another thread by sleeping or spinning",
        message: "{0}. Wait for the other chef instead: Join, await, or a signal such as ManualResetEventSlim.",
        description: "Sleeping guesses how long another thread needs: too short and the work is not done, too long and time is "
            + "wasted. Spinning on a plain field burns a core, and the compiler may read the field once and never see the change.");

    private const string PollReason = "`Thread.Sleep` in a loop that waits for `{0}`: the chef naps and checks again, too late or too often";
    private const string GuessReason = "`Thread.Sleep` after starting other work only hopes that work is done when the nap ends";
    private const string SpinReason = "This loop spins on `{0}`, which is not volatile: the chef burns a core and may never see the change";
    private const string HotSpinReason = "This loop spins on `{0}`: the chef burns a whole core while waiting";
    private const string PacingReason = "`{0}` in a loop: the chef paces up and down instead of resting, burning a whole core while waiting";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        KitchenAnalysis.OnLearnerOperations(context, AnalyzeSleep, OperationKind.Invocation);
        KitchenAnalysis.OnLearnerSyntax(context, AnalyzeSpin, SyntaxKind.WhileStatement, SyntaxKind.DoStatement);
    }

    private static void AnalyzeSleep(OperationAnalysisContext context)
    {
        var call = (IInvocationOperation)context.Operation;
        if (!Synchronization.IsIn(call.TargetMethod.ContainingType, "System.Threading"))
        {
            return;
        }

        if (IsPacing(call.TargetMethod) && call.Syntax.Ancestors().TakeWhile(a => a is not MemberDeclarationSyntax).Any(a => a is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax))
        {
            Report(context.ReportDiagnostic, call.Syntax, string.Format(PacingReason, call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name));
            return;
        }

        if (call.TargetMethod is not { Name: "Sleep", ContainingType.Name: "Thread" })
        {
            return;
        }

        var loop = call.Syntax.Ancestors().TakeWhile(a => a is not MemberDeclarationSyntax).FirstOrDefault(a => a is WhileStatementSyntax or DoStatementSyntax);
        var polled = loop is null ? null : SharedStateIn(ConditionOf(loop), call.SemanticModel!).FirstOrDefault();
        if (polled is not null)
        {
            Report(context.ReportDiagnostic, call.Syntax, string.Format(PollReason, polled.Name));
        }
        else if (KitchenAnalysis.EarlierSiblings(call.Syntax).LastOrDefault() is { } previous && StartsOtherWork(previous, call.SemanticModel!))
        {
            Report(context.ReportDiagnostic, call.Syntax, GuessReason);
        }
    }

    private static void AnalyzeSpin(SyntaxNodeAnalysisContext context)
    {
        var body = context.Node is WhileStatementSyntax w ? w.Statement : ((DoStatementSyntax)context.Node).Statement;
        if (!IsEmpty(body))
        {
            return;
        }

        // A plain field first: that one may never see the change. A Volatile.Read still burns the core.
        var condition = ConditionOf(context.Node);
        var fields = condition.DescendantNodesAndSelf()
            .Select(n => context.SemanticModel.GetOperation(n, context.CancellationToken))
            .OfType<IFieldReferenceOperation>()
            .Where(f => !f.Field.IsConst && (f.Field.IsStatic || f.Instance is IInstanceReferenceOperation))
            .OrderBy(f => f.Field.IsVolatile || IsAtomicRead(f) ? 1 : 0)
            .ToList();
        if (fields.Count > 0)
        {
            var plain = !fields[0].Field.IsVolatile && !IsAtomicRead(fields[0]);
            Report(context.ReportDiagnostic, fields[0].Syntax, string.Format(plain ? SpinReason : HotSpinReason, fields[0].Field.Name));
        }
    }

    private static void Report(Action<Diagnostic> report, SyntaxNode at, string reason) =>
        report(Diagnostic.Create(Rule, at.GetLocation(), reason));

    private static ExpressionSyntax ConditionOf(SyntaxNode loop) =>
        loop is WhileStatementSyntax w ? w.Condition : ((DoStatementSyntax)loop).Condition;

    // Fields and properties of the object (or static ones) read plainly in a loop condition: what other chefs change.
    private static IEnumerable<ISymbol> SharedStateIn(ExpressionSyntax condition, SemanticModel model) =>
        condition.DescendantNodesAndSelf()
            .Select(n => model.GetOperation(n))
            .Select(o => o switch
            {
                IFieldReferenceOperation f when !f.Field.IsConst && (f.Field.IsStatic || f.Instance is IInstanceReferenceOperation) && !IsAtomicRead(f) => (ISymbol)f.Field,
                IPropertyReferenceOperation p when p.Property.IsStatic || p.Instance is IInstanceReferenceOperation => p.Property,
                _ => null,
            })
            .Where(s => s is not null)
            .Select(s => s!);

    private static bool IsAtomicRead(IFieldReferenceOperation field) =>
        field.Parent is IArgumentOperation { Parent: IInvocationOperation call } && Synchronization.IsInterlockedOrVolatile(call.TargetMethod);

    // `{ }` or `;`: a loop that only re-reads its condition. (A body that paces is reported at the pacing call.)
    private static bool IsEmpty(StatementSyntax body) => body switch
    {
        EmptyStatementSyntax => true,
        BlockSyntax block => block.Statements.All(IsEmpty),
        _ => false,
    };

    private static bool IsPacing(IMethodSymbol method) =>
        method is { Name: "SpinWait" or "Yield", ContainingType.Name: "Thread" } or { Name: "SpinOnce", ContainingType.Name: "SpinWait" };

    private static bool StartsOtherWork(StatementSyntax statement, SemanticModel model) =>
        statement.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(i =>
            model.GetSymbolInfo(i).Symbol is IMethodSymbol
            {
                Name: "Start" or "Run" or "StartNew" or "QueueUserWorkItem",
                ContainingType.Name: "Thread" or "Task" or "TaskFactory" or "ThreadPool",
            });
}
